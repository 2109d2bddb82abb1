import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { FILTER_FIELDS, PlaceIndex, type FilterField, type NormaliseResult, type PlaceQuery, type SearchResult } from '@npt/contract';
import { formStyles, NptElement, readUrlParams, renderLiveRegion, themeStyles, TranslationController, withUrlParams, writeUrlParams } from '@npt/ui';
import { NptDataLoadEvent, NptPlaceSelectEvent, NptResultsChangeEvent } from './events.js';
import { renderFilters } from './filters.js';
import { loadPlaces } from './load-places.js';
import { finderStyles } from './npt-finder.styles.js';
import { renderResults, renderSkeleton } from './results.js';
import { renderSearchBox, suggestionLabel, type Suggestion } from './search-box.js';
import { decodeState, DEFAULT_GEOCODER_URL, DEFAULT_RADIUS, encodeState, parsePreset, parsePresetToggles, RADII, type FinderState, type SearchPoint } from './state.js';
import { communeOptions, looksLikeAddress, matchCommunes, type CommuneOption } from './suggestions.js';
import { fr } from './translations/fr.js';
import type { FinderStrings } from './translations/strings.js';
import type { NptMapAreaEvent, NptMapSelectEvent, NptMapUnavailableEvent } from './map/events.js';
import { DEFAULT_MAP_STYLE, loadFinderMap, whenVisible, type MapPlace, type MapUnavailableReason } from './map/support.js';
import { VERSION } from './generated/version.js';

interface Loaded {
  index: PlaceIndex;
  communes: CommuneOption[];
  stats: NormaliseResult;
}

const GEOCODER_DELAY_MS = 300;

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
  static override styles = [themeStyles, formStyles, finderStyles];

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
  @state() private text = '';
  @state() private suggestions: Suggestion[] = [];
  @state() private expanded = false;
  @state() private active = -1;
  @state() private geocoding = false;
  @state() private locating = false;
  @state() private notice = '';
  @state() private shown = 20;
  @state() private filtersOpen = true;
  @state() private note = '';
  @state() private copyMessage = '';
  @state() private announcement = '';
  @state() private mapState: 'off' | 'loading' | 'ready' | 'unavailable' = 'off';
  @state() private narrowView: 'list' | 'map' = 'list';
  /** The place sheet's code, loaded on the first opening (most visits only read the list). */
  @state() private sheet?: typeof import('./place-sheet.js');

  private readonly i18n = new TranslationController<FinderStrings>(this, fr, { en: () => import('./translations/en.js').then((m) => m.en) });
  private result?: SearchResult;
  private resultKey = '';
  private resultIndex?: PlaceIndex;
  private now = new Date();
  private geocodeAbort?: AbortController;
  private geocodeTimer?: ReturnType<typeof setTimeout>;
  private lastAnnounced = '';
  private returnFocusTo?: string;
  private focusSheet = false;
  private focusFrom = -1;
  private mapAbort?: AbortController;
  private retrying = false;

  private readonly data = new Task(this, {
    task: async ([src, api, communes], { signal }): Promise<Loaded> => {
      const territory = communes.split(/[\s,;]+/).filter(Boolean);
      try {
        const stats = await loadPlaces({ src, api, communes: territory }, signal, this.retrying);
        const index = new PlaceIndex(stats.places);
        this.dispatchEvent(new NptDataLoadEvent({ accepted: stats.accepted, rejected: stats.rejected, reasons: stats.reasons, shown: stats.places.length }));
        return { index, communes: communeOptions(stats.places), stats };
      } catch (error) {
        if (!signal.aborted) {
          this.dispatchEvent(new NptDataLoadEvent({ accepted: 0, rejected: 0, reasons: [], shown: 0, error: String((error as Error)?.message ?? error) }));
        }
        throw error;
      }
    },
    args: () => [this.src, this.apiBase(this.api), this.communes] as const,
  });

  private get t(): FinderStrings {
    return this.i18n.t;
  }

  private get hiddenGroups(): Set<string> {
    const list = this.hideFilters.split(/[\s,]+/).filter(Boolean);
    return new Set(list.includes('all') ? [...FILTER_FIELDS, 'open-now', 'open-saturday'] : list);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shown = this.pageSize;
    this.filtersOpen = typeof matchMedia === 'undefined' || matchMedia('(min-width: 48em)').matches;
    const presets = parsePreset(this.preset);
    const toggles = parsePresetToggles(this.preset);
    const fromUrl = this.noUrlState ? {} : readUrlParams(this.urlPrefix);
    if (Object.keys(fromUrl).length) {
      const shared = decodeState(fromUrl, this.radius);
      // A link that names no filter (a deep link to a commune, say) keeps the webmaster's presets.
      const namesFilters = Object.keys(shared.filters).length > 0 || shared.openNow || shared.openSaturday;
      this.search = namesFilters ? shared : { ...shared, filters: presets, ...toggles };
      this.text = this.search.point?.label ?? '';
    } else {
      this.search = { ...this.search, filters: presets, radiusKm: this.radius, ...toggles };
    }
    // Hidden groups keep their preset whatever the URL says: the webmaster fixed them.
    for (const field of FILTER_FIELDS) if (this.hiddenGroups.has(field)) this.search.filters[field] = presets[field] ?? [];
    if (this.hiddenGroups.has('open-now')) this.search.openNow = toggles.openNow;
    if (this.hiddenGroups.has('open-saturday')) this.search.openSaturday = toggles.openSaturday;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.geocodeAbort?.abort();
    this.mapAbort?.abort();
    clearTimeout(this.geocodeTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const loaded = this.data.status === TaskStatus.COMPLETE ? this.data.value : undefined;
    if (!loaded) {
      this.result = undefined;
      // Said in the live region that is always there: a region inserted with its text is often not announced.
      if (this.data.status !== TaskStatus.ERROR) {
        this.announcement = this.t.loading;
        this.lastAnnounced = '';
      }
      return;
    }
    // The selected place does not change the results: opening a sheet does not search again.
    const key = JSON.stringify({ ...this.search, selected: undefined });
    if (!this.result || key !== this.resultKey || this.resultIndex !== loaded.index) {
      this.now = new Date();
      this.result = loaded.index.search(this.query());
      this.resultKey = key;
      this.resultIndex = loaded.index;
      this.dispatchEvent(new NptResultsChangeEvent({ total: this.result.order.length }));
    }
    const heading = this.heading();
    if (heading !== this.lastAnnounced) {
      this.lastAnnounced = heading;
      this.announcement = `${heading}.`;
    }
  }

  private query(): PlaceQuery {
    const s = this.search;
    return {
      point: s.point,
      radiusKm: s.point ? s.radiusKm : undefined,
      commune: s.commune,
      bbox: s.bbox,
      filters: s.filters,
      openNow: s.openNow,
      openSaturday: s.openSaturday,
      now: this.now,
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('search') && !this.noUrlState) writeUrlParams(this.urlPrefix, encodeState(this.search));
    const title = this.focusSheet && this.renderRoot.querySelector<HTMLElement>('#sheet-title');
    if (title) {
      // (the sheet may arrive one update later, with its lazily loaded code)
      this.focusSheet = false;
      title.focus();
    }
    if (this.returnFocusTo) {
      const link = this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(this.returnFocusTo)}"] a`);
      this.returnFocusTo = undefined;
      link?.focus();
      link?.scrollIntoView?.({ block: 'nearest' });
    }
    if (this.focusFrom >= 0) {
      this.renderRoot.querySelectorAll<HTMLElement>('.list > li a')[this.focusFrom]?.focus();
      this.focusFrom = -1;
    }
    if (this.data.status === TaskStatus.COMPLETE && !this.noMap && this.mapState === 'off') this.startMap();
  }

  override render() {
    const t = this.t;
    return html`<section class="finder" part="finder" aria-labelledby="finder-title">
      <h2 id="finder-title">${t.title}</h2>
      ${renderSearchBox({
        t,
        text: this.text,
        suggestions: this.suggestions,
        expanded: this.expanded,
        active: this.active,
        busy: this.geocoding,
        locating: this.locating,
        radiusKm: this.search.radiusKm,
        hasPoint: !!this.search.point,
        onInput: (value) => this.onInput(value),
        onKeyDown: (e) => this.onKeyDown(e),
        onSubmit: (e) => void this.onSubmit(e),
        onPick: (s) => void this.pick(s),
        onAroundMe: () => this.aroundMe(),
        onRadius: (km) => this.update_({ radiusKm: km }),
        onBlur: () => (this.expanded = false),
      })}
      <p class="notice" part="notice" role="status">${this.notice || (this.geocoding ? t.searching : '')}</p>
      ${renderLiveRegion(this.announcement)}
      ${this.data.render({
        pending: () => html`<div class="layout">${renderSkeleton()}</div>`,
        error: () => html`<div class="error" part="error" role="alert">
          <p>${t.loadFailed}</p>
          <button type="button" class="primary" part="button retry" @click=${() => this.retry()}>${t.retry}</button>
        </div>`,
        complete: (loaded) => this.renderLoaded(loaded),
      })}
    </section>`;
  }

  private renderLoaded(loaded: Loaded) {
    const t = this.t;
    const result = this.result!;
    const selected = this.search.selected ? loaded.index.places.findIndex((p) => p.id === this.search.selected) : -1;
    const place = selected >= 0 ? loaded.index.places[selected] : undefined;
    const total = result.order.length;
    const showMap = !this.noMap && this.mapState !== 'unavailable';
    return html`${this.search.bbox
        ? html`<p class="area">${t.areaActive} <button type="button" class="link" @click=${() => this.update_({ bbox: undefined })}>${t.areaClear}</button></p>`
        : nothing}
      ${showMap
        ? html`<div class="view-toggle" role="group" aria-label=${t.mapRegion}>
            <button type="button" aria-pressed=${this.narrowView === 'list' ? 'true' : 'false'} @click=${() => (this.narrowView = 'list')}>${t.showList}</button>
            <button type="button" aria-pressed=${this.narrowView === 'map' ? 'true' : 'false'} @click=${() => void this.showMapView()}>${t.showMap}</button>
          </div>`
        : nothing}
      <div class="layout ${showMap ? 'with-map' : ''} view-${this.narrowView}">
        ${renderFilters({
          t,
          locale: this.locale,
          state: this.search,
          counts: result.counts,
          hidden: this.hiddenGroups,
          open: this.filtersOpen,
          onToggle: (field, value, on) => this.toggleFilter(field, value, on),
          onHours: (which, on) => this.update_({ [which]: on }),
          onClear: () => this.clearFilters(),
          onOpenChange: (open) => (this.filtersOpen = open),
        })}
        <div class="main">
          ${place && !this.sheet ? this.loadSheet() : nothing}
          ${place && this.sheet
            ? this.sheet.renderPlaceSheet({
                t,
                locale: this.locale,
                place,
                hours: loaded.index.hours[selected] ?? null,
                distanceKm: result.distances[selected]!,
                now: this.now,
                prescriber: this.mode === 'prescripteur',
                note: this.note,
                copyMessage: this.copyMessage,
                onBack: () => this.closeSheet(),
                onCopy: () => void this.copyLink(),
                onNote: (text) => (this.note = text),
                onPrint: () => void this.printSheet(),
              })
            : html`${renderResults({
                t,
                locale: this.locale,
                index: loaded.index,
                result,
                shown: this.shown,
                pageSize: this.pageSize,
                now: this.now,
                heading: this.heading(),
                hasPoint: !!this.search.point,
                selectedId: this.search.selected,
                linkTo: (id) => withUrlParams(this.urlPrefix, encodeState({ ...this.search, selected: id })),
                onSelect: (id, e) => this.select(id, e),
                onMore: () => {
                  this.focusFrom = this.shown;
                  this.shown += this.pageSize;
                },
              })}
              ${total === 0 ? this.renderNoResult() : nothing}`}
        </div>
        ${showMap ? this.renderMap(loaded) : nothing}
      </div>`;
  }

  private renderNoResult() {
    const t = this.t;
    const wider = this.search.point && this.search.radiusKm !== undefined ? RADII.find((r) => r > (this.search.radiusKm ?? 0)) : undefined;
    const filtered = FILTER_FIELDS.some((f) => !this.hiddenGroups.has(f) && this.search.filters[f]?.length) || this.search.openNow || this.search.openSaturday;
    return html`<div class="empty" part="empty">
      <p>${t.noResult}</p>
      <p class="empty-actions">
        ${wider ? html`<button type="button" class="secondary" @click=${() => this.afterEmptyAction(() => this.update_({ radiusKm: wider }))}>${t.widenRadius(wider)}</button>` : nothing}
        ${this.search.point && this.search.radiusKm !== undefined && !wider
          ? html`<button type="button" class="secondary" @click=${() => this.afterEmptyAction(() => this.update_({ radiusKm: undefined }))}>${t.anyDistance}</button>`
          : nothing}
        ${filtered ? html`<button type="button" class="secondary" @click=${() => this.afterEmptyAction(() => this.clearFilters())}>${t.clearFilters}</button>` : nothing}
        ${this.search.commune && !this.search.point
          ? html`<button type="button" class="secondary" @click=${() => this.afterEmptyAction(() => this.setPoint(undefined))}>${t.allPlaces}</button>`
          : nothing}
      </p>
    </div>`;
  }

  /** The empty state's buttons vanish once they have worked: the focus goes to the new results' heading, not to the page. */
  private async afterEmptyAction(action: () => void): Promise<void> {
    action();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
  }

  /** The map's places for the current result, rebuilt only when the result changes (not on every render). */
  private mapPlaces?: { result: unknown; places: MapPlace[] };
  private placesForMap(loaded: Loaded): MapPlace[] {
    const cached = this.mapPlaces;
    if (cached && cached.result === this.result) return cached.places;
    const places: MapPlace[] = [];
    for (const i of this.result!.order) {
      const p = loaded.index.places[i]!;
      if (p.latitude !== undefined && p.longitude !== undefined) {
        places.push({ id: p.id, name: p.nom, address: [p.adresse, p.code_postal, p.commune].filter(Boolean).join(' '), lat: p.latitude, lon: p.longitude });
      }
    }
    this.mapPlaces = { result: this.result, places };
    return places;
  }

  private renderMap(loaded: Loaded) {
    const t = this.t;
    const places = this.placesForMap(loaded);
    return html`<div class="map" part="map" role="region" aria-label=${t.mapRegion}>
      ${this.mapState === 'ready'
        ? html`<npt-finder-map
            .places=${places}
            .selectedId=${this.search.selected ?? null}
            .mapStyle=${this.mapStyle || DEFAULT_MAP_STYLE}
            .workerUrl=${this.workerUrl || undefined}
            lang=${this.locale}
            @npt-map-select=${(e: NptMapSelectEvent) => this.select(e.detail.id, undefined, true)}
            @npt-map-area=${(e: NptMapAreaEvent) => this.update_({ bbox: e.detail.bbox })}
            @npt-map-unavailable=${(e: NptMapUnavailableEvent) => this.mapUnavailable(e.detail.reason)}
          ></npt-finder-map>`
        : html`<div class="map-placeholder"></div>`}
    </div>`;
  }

  private sheetLoading?: Promise<unknown>;
  private loadSheet() {
    this.sheetLoading ??= import('./place-sheet.js').then((m) => (this.sheet = m));
    return html`<p class="muted" aria-busy="true">…</p>`;
  }

  private retry(): void {
    this.retrying = true;
    void this.data.run().finally(() => (this.retrying = false));
  }

  // ---- state changes ---------------------------------------------------------------------------

  /** Applies a change to the search; the results go back to the first page. */
  private update_(change: Partial<FinderState>): void {
    this.search = { ...this.search, ...change };
    this.shown = this.pageSize;
  }

  private toggleFilter(field: FilterField, value: string, on: boolean): void {
    const current = new Set(this.search.filters[field] ?? []);
    if (on) current.add(value);
    else current.delete(value);
    this.update_({ filters: { ...this.search.filters, [field]: [...current] } });
  }

  private clearFilters(): void {
    const presets = parsePreset(this.preset);
    const filters: FinderState['filters'] = {};
    for (const f of FILTER_FIELDS) if (this.hiddenGroups.has(f) && presets[f]) filters[f] = presets[f];
    this.update_({
      filters,
      openNow: this.hiddenGroups.has('open-now') && this.search.openNow,
      openSaturday: this.hiddenGroups.has('open-saturday') && this.search.openSaturday,
    });
  }

  private setPoint(point: SearchPoint | undefined, commune?: string): void {
    this.notice = '';
    this.update_({ point, commune, selected: undefined, bbox: undefined, radiusKm: this.search.radiusKm ?? this.radius });
  }

  private heading(): string {
    const t = this.t;
    const n = this.result?.order.length ?? 0;
    const label = this.search.point?.label || (this.search.commune && this.communeName(this.search.commune));
    const order = this.search.point ? t.sortedByDistance : t.sortedByCommune;
    return `${label ? t.countNear(n, label) : t.count(n)}, ${order}`;
  }

  private communeName(key: string): string {
    return this.data.value?.communes.find((c) => c.key === key)?.nom ?? key;
  }

  // ---- search box ------------------------------------------------------------------------------

  private onInput(value: string): void {
    this.text = value;
    this.notice = '';
    const loaded = this.data.value;
    const communes = loaded ? matchCommunes(loaded.communes, value) : [];
    this.suggestions = communes.map((commune) => ({ kind: 'commune', commune }));
    this.active = -1;
    this.expanded = true;
    this.geocodeAbort?.abort();
    clearTimeout(this.geocodeTimer);
    if (this.geocoderUrl !== 'none' && value.trim().length >= 3 && (looksLikeAddress(value) || communes.length === 0)) {
      this.geocodeTimer = setTimeout(() => void this.suggestAddresses(value), GEOCODER_DELAY_MS);
    }
  }

  private async suggestAddresses(value: string): Promise<void> {
    const abort = (this.geocodeAbort = new AbortController());
    try {
      const { geocode } = await import('./geocoder.js');
      const found = await geocode(this.geocoderUrl, value, { signal: abort.signal });
      if (abort.signal.aborted || value !== this.text) return;
      this.suggestions = [...this.suggestions.filter((s) => s.kind === 'commune'), ...found.map((address) => ({ kind: 'address' as const, address }))];
    } catch (error) {
      if (!abort.signal.aborted && (error as { kind?: string }).kind !== 'aborted') this.notice = this.t.geocoderFailed;
    }
  }

  private onKeyDown(e: KeyboardEvent): void {
    const n = this.suggestions.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      this.expanded = true;
      this.active = e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n;
      this.renderRoot.querySelector(`#suggestion-${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
    } else if (e.key === 'Escape') {
      if (this.expanded && n) {
        e.preventDefault();
        this.expanded = false;
        this.active = -1;
      }
    }
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const active = this.expanded ? this.suggestions[this.active] : undefined;
    if (active) return this.pick(active);
    const text = this.text.trim();
    if (!text) {
      this.expanded = false;
      return this.setPoint(undefined, undefined);
    }
    const loaded = this.data.value;
    const communes = loaded ? matchCommunes(loaded.communes, text) : [];
    if (communes[0] && !looksLikeAddress(text)) return this.pick({ kind: 'commune', commune: communes[0] });
    if (this.geocoderUrl === 'none') {
      this.notice = this.t.addressNotFound(text);
      return;
    }
    this.geocodeAbort?.abort();
    clearTimeout(this.geocodeTimer);
    const abort = (this.geocodeAbort = new AbortController());
    this.geocoding = true;
    try {
      const { geocode } = await import('./geocoder.js');
      const [first] = await geocode(this.geocoderUrl, text, { signal: abort.signal, limit: 1 });
      if (abort.signal.aborted) return;
      if (first) await this.pick({ kind: 'address', address: first });
      else this.notice = this.t.addressNotFound(text);
    } catch (error) {
      if (!abort.signal.aborted) this.notice = this.t.geocoderFailed;
      void error;
    } finally {
      if (this.geocodeAbort === abort) this.geocoding = false;
    }
  }

  private async pick(s: Suggestion): Promise<void> {
    this.expanded = false;
    this.active = -1;
    this.text = suggestionLabel(s, this.t);
    this.geocodeAbort?.abort();
    clearTimeout(this.geocodeTimer);
    if (s.kind === 'address') {
      // The address's commune too: its places without coordinates are listed with the nearby ones.
      this.setPoint({ lat: s.address.lat, lon: s.address.lon, label: s.address.label, kind: 'address' }, s.address.citycode);
      return;
    }
    // A commune's point is the mean position of its own places; without any, the search filters by commune.
    const centre = this.data.value?.index.communeCentre(s.commune.key);
    this.setPoint(centre && { ...centre, label: s.commune.nom, kind: 'commune' }, s.commune.key);
  }

  private aroundMe(): void {
    const t = this.t;
    if (!('geolocation' in navigator)) {
      this.notice = t.geolocationUnsupported;
      return;
    }
    this.locating = true;
    this.notice = '';
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        this.locating = false;
        this.text = t.myPosition;
        this.setPoint({ lat: pos.coords.latitude, lon: pos.coords.longitude, label: t.myPosition, kind: 'me' });
      },
      (error) => {
        this.locating = false;
        this.notice = error.code === error.PERMISSION_DENIED ? t.geolocationDenied : t.geolocationFailed;
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  // ---- place sheet -----------------------------------------------------------------------------

  private select(id: string, e?: Event, fromMap = false): void {
    e?.preventDefault();
    this.copyMessage = '';
    // The prescriber's note is about one beneficiary and one place: another place starts a blank note.
    if (id !== this.search.selected) this.note = '';
    this.search = { ...this.search, selected: id };
    // From the map, the focus stays on the map (its markers are keyboard-reachable); from the list, it moves to the sheet.
    this.focusSheet = !fromMap;
    // In the narrow map-only view the sheet's column is hidden: show the list with the sheet, and go to it.
    if (fromMap && this.narrowView === 'map') {
      this.narrowView = 'list';
      this.focusSheet = true;
    }
    const place = this.data.value?.index.places.find((p) => p.id === id);
    if (place) this.announcement = this.t.announceSelected(place.nom);
    this.dispatchEvent(new NptPlaceSelectEvent({ id }));
  }

  private closeSheet(): void {
    const id = this.search.selected;
    this.search = { ...this.search, selected: undefined };
    this.note = '';
    if (id && this.result && this.data.value) {
      // Make sure the place is on a shown page, then give it the focus back.
      const pos = [...this.result.order].findIndex((i) => this.data.value!.index.places[i]!.id === id);
      if (pos >= this.shown) this.shown = Math.ceil((pos + 1) / this.pageSize) * this.pageSize;
      this.returnFocusTo = id;
    }
    this.dispatchEvent(new NptPlaceSelectEvent({ id: null }));
  }

  private async copyLink(): Promise<void> {
    const url = withUrlParams(this.urlPrefix, encodeState(this.search));
    try {
      await navigator.clipboard.writeText(url);
      this.copyMessage = this.t.sheetLinkCopied;
    } catch {
      this.copyMessage = this.t.sheetCopyFailed;
    }
  }

  /** Prints the orientation sheet of the open place (prescriber mode). */
  async printSheet(print?: (w: Window) => void): Promise<HTMLIFrameElement | undefined> {
    const place = this.data.value?.index.places.find((p) => p.id === this.search.selected);
    if (!place) return undefined;
    // Only prescribers print: the sheet's code loads on first use.
    const { orientationSheetHtml, printHtml } = await import('./print-sheet.js');
    return printHtml(orientationSheetHtml(place, this.note, this.t, this.locale), print);
  }

  // ---- map -------------------------------------------------------------------------------------

  private startMap(): void {
    this.mapState = 'loading';
    this.mapAbort = new AbortController();
    const signal = this.mapAbort.signal;
    void (async () => {
      const area = this.renderRoot.querySelector('.map');
      if (area) await whenVisible(area, { signal });
      if (signal.aborted) return;
      const loaded = await loadFinderMap();
      if (signal.aborted) return;
      if (loaded.ok) this.mapState = 'ready';
      else this.mapUnavailable(loaded.reason);
    })();
  }

  /** The narrow screen's "Carte" button: the map replaces the list, and comes into view (it loads when visible). */
  private async showMapView(): Promise<void> {
    this.narrowView = 'map';
    await this.updateComplete;
    this.renderRoot.querySelector('.map')?.scrollIntoView({ block: 'nearest' });
  }

  private mapUnavailable(reason: MapUnavailableReason): void {
    this.mapState = 'unavailable';
    this.narrowView = 'list';
    this.notice = this.t.mapUnavailable[reason];
  }

  /** Resolves once the places are loaded (or failed) and rendered; for tests and hosts. */
  async ready(): Promise<void> {
    await this.i18n.ready();
    try {
      await this.data.taskComplete;
    } catch {
      // the error state renders; nothing to throw to the caller
    }
    await this.updateComplete;
    if (this.sheetLoading) {
      await this.sheetLoading;
      await this.updateComplete;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'npt-finder': NptFinder;
  }
}
