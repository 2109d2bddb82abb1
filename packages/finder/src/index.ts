// @npt/finder: <npt-finder> and its pure pieces (state encoding, commune suggestions, print sheet).
export { NptFinder } from './npt-finder.js';
export { NptDataLoadEvent, NptPlaceSelectEvent, NptResultsChangeEvent } from './events.js';
export {
  encodeState,
  decodeState,
  parsePreset,
  RADII,
  DEFAULT_RADIUS,
  DEFAULT_GEOCODER_URL,
  type FinderState,
  type SearchPoint,
} from './state.js';
export { matchCommunes, looksLikeAddress, type CommuneOption } from './search/suggestions.js';
export { communeOptions } from './search/commune-options.js';
export { geocode, type GeocodedAddress } from './search/geocoder.js';
export { loadPlaces, type PlaceSource } from './load-places.js';
export { orientationSheetHtml } from './sheet/print-sheet.js';
export type { FinderStrings } from './translations/strings.js';
