import type { MapUnavailableReason } from '../map/support.js';
import type { FilterField } from '@npt/contract';

/** Every string the finder shows, per language. */
export interface FinderStrings {
  title: string;
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  aroundMe: string;
  myPosition: string;
  /** "ma position" inside a sentence ("12 lieux près de ma position"). */
  nearMe: string;
  /** A whole number the language's way ("4 776"). */
  number: (n: number) => string;
  /** A time of day from minutes since midnight ("9 h", "14 h 30"; 1440 is the end of the day). */
  time: (minutes: number) => string;
  radiusLabel: string;
  radiusAny: string;
  km: (n: number) => string;
  suggestionsLabel: string;
  suggestionsCommunes: string;
  suggestionsAddresses: string;
  communeOption: (nom: string, codes: string) => string;
  /** Said when suggestions appear: "4 communes proposées, flèches haut et bas pour choisir". */
  suggestionsAnnounced: (communes: number, addresses: number) => string;
  clearSearch: string;
  searching: string;
  geocoderFailed: string;
  addressNotFound: (q: string) => string;
  geolocationDenied: string;
  geolocationFailed: string;
  geolocationUnsupported: string;
  locating: string;
  filtersTitle: string;
  filtersShow: (n: number) => string;
  fieldLabels: Record<FilterField, string>;
  /** A short hint under a filter group whose name alone may not be understood. */
  fieldHints: Partial<Record<FilterField, string>>;
  hoursFilters: string;
  openNow: string;
  openSaturday: string;
  clearFilters: string;
  /** The empty state's way out of a commune search that found nothing. */
  allPlaces: string;
  areaActive: string;
  areaClear: string;
  loading: string;
  loadFailed: string;
  retry: string;
  count: (n: number) => string;
  countNear: (n: number, label: string) => string;
  sortedByDistance: string;
  sortedByCommune: string;
  noResult: string;
  widenRadius: (km: number) => string;
  anyDistance: string;
  showMore: (n: number) => string;
  shownOf: (shown: number, total: number) => string;
  distance: (text: string) => string;
  noCoordinates: string;
  openUntil: (time: string) => string;
  closedOpensAt: (when: string) => string;
  /** "lundi à 09:00" */
  dayAt: (day: string, time: string) => string;
  closedToday: string;
  openAllDay: string;
  hoursUnreadable: string;
  hoursUnknown: string;
  today: string;
  days: [string, string, string, string, string, string, string];
  closed: string;
  timeRange: (from: string, to: string) => string;
  rangeSeparator: string;
  sheetBack: string;
  sheetAddress: string;
  sheetHours: string;
  sheetContact: string;
  sheetServices: string;
  sheetPublics: string;
  sheetAccess: string;
  sheetFees: string;
  sheetSupport: string;
  sheetPrograms: string;
  sheetLabels: string;
  sheetAccessibility: string;
  sheetAccessibilityLink: string;
  sheetPhone: string;
  sheetEmail: string;
  sheetWebsite: string;
  sheetBooking: string;
  sheetDirections: string;
  sheetCopyLink: string;
  sheetLinkCopied: string;
  sheetCopyFailed: string;
  sheetUpdated: (date: string) => string;
  sheetSource: (source: string) => string;
  /** Readable names of the data sources (`conseiller-numerique`…). */
  sourceNames: Record<string, string>;
  sheetRoaming: string;
  opensInNewWindow: string;
  prescriberTitle: string;
  prescriberNote: string;
  prescriberNoteHint: string;
  prescriberPrint: string;
  printTitle: string;
  printFor: string;
  printIntro: string;
  printHowToGetThere: string;
  printPrintedOn: (date: string) => string;
  mapRegion: string;
  /** Why the map is not shown, by reason; the list still works. */
  mapUnavailable: Record<MapUnavailableReason, string>;
  showList: string;
  showMap: string;
  announceSelected: (name: string) => string;
  /** Labels of the standard's values in this language (the French values show as they are). */
  valueLabels?: Record<string, string>;
}
