import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { FocusController, NptElement, readUrlParams, renderLiveRegion, TranslationController, writeUrlParams } from '@npt/ui';
import { NptPlaceSelectEvent } from './events.js';
import { hiddenGroups, initialSearch } from './filters/filter-state.js';
import { renderFilters } from './filters/filters.js';
import { PlacesTask, type LoadedPlaces } from './load-places.js';
import { renderAreaNotice, renderMapArea, renderViewToggle } from './map/map-area.js';
import { MapLoaderController } from './map/map-loader.js';
import { finderStyles } from './npt-finder.styles.js';
import { resultsHeading } from './results/heading.js';
import { ResultsState } from './results/results-state.js';
import { renderLoadError, renderResults, renderSkeleton } from './results/results.js';
import type { WayOut } from './results/ways-out.js';
import { GeolocationController } from './search/geolocation-controller.js';
import { renderSearchBox } from './search/search-box.js';
import { SearchController } from './search/search-controller.js';
import { SheetSlot } from './sheet/sheet-slot.js';
import { DEFAULT_GEOCODER_URL, DEFAULT_RADIUS, encodeState, type FinderState, type SearchPoint } from './state.js';
import { fr } from './translations/fr.js';
import type { FinderStrings } from './translations/strings.js';
import { VERSION } from './generated/version.js';

/**
 * @tagname npt-finder
 * @summary Residents find a digital-mediation place near them: search by commune, postal code, address or
 * position, filters from the national standard, an accessible list (the alternative to the map), place
 * sheets, and for prescribers a printable orientation sheet.
 *
 * @fires {NptDataLoadEvent} npt-data-load - The places are loaded (or the source failed). `detail: { accepted, rejected, reasons, shown, error? }`.
 * @fires {NptPlaceSelectEvent} npt-place-select - A place sheet opened or closed. `detail: { id | null }`.
 * @fires {NptResultsChangeEvent} npt-results-change - The number of matching places changed. `detail: { total }`.
 *
 * @csspart finder - The whole widget.
 * @csspart search - The search form.
 * @csspart input - The search box.
 * @csspart suggestions - Its list of suggestions.
 * @csspart radius - The radius choice.
 * @csspart button - Every button (with a second name: around-me, clear-filters, show-more, back, copy-link, print, retry).
 * @csspart notice - Messages (address not found, location refused, map unavailable).
 * @csspart filters - The filters panel.
 * @csspart filters-toggle - Its summary line, with the number of active filters.
 * @csspart results - The results area.
 * @csspart list - The list of places.
 * @csspart result - One place in the list.
 * @csspart status - "Open until…" / "Closed" badges.
 * @csspart empty - The "no result" message and its suggestions.
 * @csspart sheet - A place's sheet.
 * @csspart prescriber - The orientation-sheet tools (prescriber mode).
 * @csspart map - The map area (beside the list on wide screens).
 * @csspart error - The "source down" message.
 *
 * @cssprop [--npt-color-primary=#000091] Buttons, links, the selected place.
 * @cssprop [--npt-color-open=#18753c] "Open" status.
 * @cssprop [--npt-color-closed=#ce0500] "Closed" status.
 * @cssprop [--npt-finder-columns=minmax(13rem, 16rem) minmax(0, 1fr) minmax(0, 1fr)] Columns of filters, list and map on wide containers (48em and more).
 * @cssprop [--npt-finder-list-max-height=none] Maximum height of the list (it scrolls beyond).
 */
export class NptFinder extends NptElement {
  static version = VERSION;
  static override styles = finderStyles;

  /** URL of a JSON file in the national standard (v1.0.2 or the 2022 exports): a commune's static file, or the national API. */
  @property({ attribute: 'src' }) src = '';
  /** Base URL of the programme's API (e.g. `/v1`): places are read, page by page, from `{api}/places`. Takes precedence over `src`. */
  @property({ attribute: 'api' }) api = '';
  /** Codes INSEE of the territory, comma-separated (`92012,93066`): only their places are listed. */
  @property({ attribute: 'communes' }) communes = '';
  /** Address search endpoint (national address API format). Set to `none` to search communes only. */
  @property({ attribute: 'geocoder-url' }) geocoderUrl: string = DEFAULT_GEOCODER_URL;
  /** `prescripteur`: place sheets offer a printable orientation sheet with a free note (never stored or sent). */
  @property({ attribute: 'mode' }) mode: 'resident' | 'prescripteur' = 'resident';
  /** Default search radius in km after a search (1, 2, 5, 10 or 20). */
  @property({ type: Number, attribute: 'radius' }) radius: number = DEFAULT_RADIUS;
  /** Preset filters: `services:Aide aux démarches administratives|…; frais_a_charge:Gratuit`. */
  @property({ attribute: 'preset' }) preset = '';
  /** Filter groups to hide, comma-separated: field names of the standard (`services`, `frais_a_charge`…), `open-now`, `open-saturday`, or `all`. A hidden group's preset still applies. */
  @property({ attribute: 'hide-filters' }) hideFilters = '';
  /** Places shown at first, and added by "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Prefix of this finder's parameters in the page URL (the host page's own parameters are kept). */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'lieux.';
  /** Keep the search out of the page URL. */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;
  /** Map style URL, passed to the map (default: IGN's Plan IGN). */
  @property({ attribute: 'map-style' }) mapStyle = '';
  /** URL of maplibre's worker file, when the page's CSP or hosting needs it elsewhere. */
  @property({ attribute: 'worker-url' }) workerUrl = '';
  /** List only, no map. */
  @property({ type: Boolean, attribute: 'no-map' }) noMap = false;

  @state() private search: FinderState = { filters: {}, openNow: false, openSaturday: false };
  @state() private notice = '';
  @state() private shown = 20;
  @state() private filtersOpen = false;
  @state() private announcement = '';

  private readonly i18n = new TranslationController<FinderStrings>(this, fr, {
    en: () => import('./translations/en.js').then((m) => m.en),
  });
  private readonly searchBox = new SearchController(this, {
    t: () => this.t,
    geocoderUrl: () => this.geocoderUrl,
    communes: () => this.data.value?.communes ?? [],
    communeCentre: (key) => this.data.value?.index.communeCentre(key),
    onPoint: (point, commune) => this.setPoint(point, commune),
    onNotice: (text) => (this.notice = text),
    onAnnounce: (text) => (this.announcement = text),
  });
  private readonly geo = new GeolocationController(
    this,
    () => this.t,
    (lat, lon) => {
      this.searchBox.setText(this.t.myPosition);
      this.setPoint({ lat, lon, label: this.t.myPosition, kind: 'me' });
    },
    (m) => (this.notice = m),
  );
  private readonly map = new MapLoaderController(this, (reason) => (this.notice = this.t.mapUnavailable[reason]));
  private readonly results = new ResultsState(this);
  private lastAnnounced = '';
  private readonly sheet = new SheetSlot(this);
  /** Moves the focus after a render: to the list, a new page, the results heading. */
  private readonly focusNext = new FocusController(this);
  private readonly data = new PlacesTask(this, () => [this.src, this.apiBase(this.api), this.communes] as const);

  private get t(): FinderStrings {
    return this.i18n.t;
  }

  /** The first search, from the presets and the page URL: at the first update, when Lit has applied properties set
   * before the tag was defined (a framework rendering before the loader defines it), not on connection. */
  private startSearch(): void {
    this.shown = this.pageSize;
    const start = initialSearch(this, this.noUrlState ? {} : readUrlParams(this.urlPrefix));
    this.search = start.search;
    if (start.text) this.searchBox.setText(start.text);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.startSearch();
    const loaded = this.data.status === TaskStatus.COMPLETE ? this.data.value : undefined;
    if (!loaded) {
      this.results.clear();
      // Said in the live region that is always there: a region inserted with its text is often not announced.
      if (this.data.status !== TaskStatus.ERROR) [this.announcement, this.lastAnnounced] = [this.t.loading, ''];
      return;
    }
    this.results.refresh(loaded.index, this.search);
    const heading = this.heading();
    if (heading !== this.lastAnnounced) [this.lastAnnounced, this.announcement] = [heading, `${heading}.`];
    if (this.search.selected) this.sheet.load();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('search') && !this.noUrlState) writeUrlParams(this.urlPrefix, encodeState(this.search));
    if (this.data.status === TaskStatus.COMPLETE && !this.noMap) this.map.start(this.renderRoot.querySelector('.map'));
  }

  override render() {
    const t = this.t;
    return html`<section class="finder" part="finder" aria-labelledby="finder-title">
      <h2 id="finder-title">${t.title}</h2>
      ${renderSearchBox({
        t,
        search: this.searchBox,
        locating: this.geo.locating,
        state: this.search,
        onAroundMe: () => ((this.notice = ''), this.geo.locate()),
        onRadius: (km) => this.update_({ radiusKm: km }),
      })}
      <p class="notice" part="notice" role="status">${this.notice || (this.searchBox.geocoding ? t.searching : '')}</p>
      ${renderLiveRegion(this.announcement)}
      ${this.data.render({
        pending: () => html`<div class="layout">${renderSkeleton()}</div>`,
        error: () => renderLoadError(t, () => this.data.retry()),
        complete: (loaded) => this.renderLoaded(loaded),
      })}
    </section>`;
  }

  private renderLoaded(loaded: LoadedPlaces) {
    const { t, search: state } = this;
    const { result, now } = this.results as Required<ResultsState>;
    const selected = state.selected ? loaded.index.places.findIndex((p) => p.id === state.selected) : -1;
    const showMap = !this.noMap && this.map.state !== 'unavailable';
    const hidden = hiddenGroups(this.hideFilters);
    const view = { t, locale: this.locale, state, now, index: loaded.index, result, urlPrefix: this.urlPrefix };
    const main =
      selected >= 0
        ? this.sheet.render({ ...view, selected, prescriber: this.mode === 'prescripteur', onClose: () => this.closeSheet() })
        : renderResults({
            ...view,
            shown: this.shown,
            pageSize: this.pageSize,
            heading: this.heading(),
            empty: () => this.results.renderEmpty(t, { state, preset: this.preset, hidden }, (w) => this.takeWayOut(w)) ?? nothing,
            onSelect: (id, e) => this.select(id, e),
            onMore: () => this.showMore(),
          });
    const map = showMap
      ? renderMapArea({
          ...view,
          ready: this.map.state === 'ready',
          mapStyle: this.mapStyle,
          workerUrl: this.workerUrl || undefined,
          onSelect: (id) => this.select(id, undefined, true),
          onArea: (bbox) => this.update_({ bbox }),
          onUnavailable: (reason) => this.map.unavailable(reason),
        })
      : nothing;
    return html`${state.bbox ? renderAreaNotice(t, () => this.update_({ bbox: undefined })) : nothing}
      ${showMap ? renderViewToggle(t, this.map.view, (view) => void this.map.showView(view)) : nothing}
      <div class="layout ${showMap ? 'with-map' : ''} view-${this.map.view}">
        ${renderFilters({ ...view, counts: result.counts, hidden, preset: this.preset, open: this.filtersOpen, onChange: (c) => this.update_(c), onOpenChange: (o) => (this.filtersOpen = o) })}
        <div class="main">${main}</div>
        ${map}
      </div>`;
  }

  private showMore(): void {
    const first = this.shown;
    this.shown += this.pageSize;
    this.focusNext.focusAfterRender(() => this.renderRoot.querySelectorAll<HTMLElement>('.list > li a')[first]);
  }

  /** The empty state's buttons vanish once they have worked: the focus goes to the new results' heading, not to the page. */
  private takeWayOut(way: WayOut): void {
    this.update_(way.state);
    this.focusNext.focusAfterRender('#results-heading');
  }

  /** Applies a change to the search; the results go back to the first page. */
  private update_(change: Partial<FinderState>): void {
    this.search = { ...this.search, ...change };
    this.shown = this.pageSize;
  }

  private setPoint(point: SearchPoint | undefined, commune?: string): void {
    this.notice = '';
    this.update_({ point, commune, selected: undefined, bbox: undefined, radiusKm: this.search.radiusKm ?? this.radius });
  }

  private heading(): string {
    return resultsHeading(this.t, this.results.result?.order.length ?? 0, this.search, this.data.value?.communes ?? []);
  }

  private select(id: string, e?: Event, fromMap = false): void {
    e?.preventDefault();
    this.search = { ...this.search, selected: id };
    // From the list the focus moves to the sheet. From the map it stays on the map (its markers are keyboard-reachable),
    // unless the narrow map-only view hides the sheet's column: the list view then shows, with the sheet, and the focus goes to it.
    if (!fromMap || this.map.view === 'map') this.sheet.focusOnOpen();
    if (fromMap) this.map.view = 'list';
    const place = this.data.value?.index.places.find((p) => p.id === id);
    if (place) this.announcement = this.t.announceSelected(place.nom);
    this.dispatchEvent(new NptPlaceSelectEvent({ id }));
  }

  private closeSheet(): void {
    const id = this.search.selected;
    this.search = { ...this.search, selected: undefined };
    if (id) {
      // Make sure the place is on a shown page, then give it the focus back.
      this.shown = this.results.shownWith(id, this.shown, this.pageSize);
      this.focusNext.focusAfterRender(() => {
        const link = this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] a`);
        link?.scrollIntoView?.({ block: 'nearest' });
        return link;
      });
    }
    this.dispatchEvent(new NptPlaceSelectEvent({ id: null }));
  }

  /** Prints the orientation sheet of the open place (prescriber mode). */
  async printSheet(print?: (w: Window) => void): Promise<HTMLIFrameElement | undefined> {
    await this.ready();
    return this.sheet.print(print);
  }

  /** Resolves once the places are loaded (or failed) and rendered; for tests and hosts. */
  async ready(): Promise<void> {
    await this.i18n.ready();
    await this.data.taskComplete.catch(() => undefined); // the error state renders; nothing to throw
    await this.updateComplete;
    await this.results.ready();
    await this.sheet.ready();
    await this.updateComplete;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'npt-finder': NptFinder;
  }
}
