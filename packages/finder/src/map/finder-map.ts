import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  AttributionControl,
  Map as MaplibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { define, NptElement, themeStyles } from '@npt/ui';
import { maplibreStyles } from './maplibre-css.js';
import { finderMapStyles } from './finder-map.styles.js';
import { boundsOf, placesKey, roundBBox, toFeatureCollection, type BBox } from './geo.js';
import { MarkerLayer, type MarkerItem } from './markers.js';
import { NptMapAreaEvent, NptMapReadyEvent, NptMapSelectEvent, NptMapUnavailableEvent } from './events.js';
import { DEFAULT_MAP_STYLE, type MapPlace, type MapUnavailableReason } from './support.js';
import { fr } from './translations/fr.js';
import { en } from './translations/en.js';
import { VERSION } from '../generated/version.js';

export { NptMapAreaEvent, NptMapReadyEvent, NptMapSelectEvent, NptMapUnavailableEvent } from './events.js';

const SOURCE = 'npt-places';
const LAYER_CLUSTERS = 'npt-clusters';
const LAYER_POINTS = 'npt-points';
const LAYER_SELECTED = 'npt-selected';
/** Above this zoom places are never clustered; selecting a place zooms at least one step past it. */
const CLUSTER_MAX_ZOOM = 14;
const PLACE_ZOOM = CLUSTER_MAX_ZOOM + 1;
/** The Métropole du Grand Paris, shown until there are places to fit. */
const MGP_CENTER: [number, number] = [2.35, 48.86];
/** More on-screen markers than this get no button (the list stays the way to reach every place). */
const MAX_MARKER_BUTTONS = 300;
/** Tile errors with no tile loaded before the map gives up on the tiles. */
const TILE_ERRORS_TO_FAIL = 4;

const strings = { fr, en };

/**
 * The finder's map: the places as clustered circles on a maplibre-gl map, each one reachable with the
 * keyboard, in sync with the finder's list through `selectedId` and `npt-map-select`. Internal to
 * `<npt-finder>`, which loads this module lazily (see `support.ts`); it registers itself on import.
 *
 * Keyboard: the map canvas pans with the arrow keys and zooms with + and -; Tab then reaches the
 * markers as one group (arrow keys move from one to the next in reading order, Enter selects a place or
 * zooms into a cluster), then "Search this area" when shown. Wheel zoom needs Ctrl/⌘ (cooperative
 * gestures), so the page scrolls normally over the map.
 *
 * @summary Clustered, keyboard-reachable map of the finder's places.
 *
 * @fires {NptMapSelectEvent} npt-map-select - A person chose a place on the map. `detail: { id }`.
 * @fires {NptMapAreaEvent} npt-map-area - "Search this area" after the person moved the map. `detail: { bbox: [minLon, minLat, maxLon, maxLat] }`.
 * @fires {NptMapUnavailableEvent} npt-map-unavailable - The map cannot be shown; keep the list. `detail: { reason, message }`.
 * @fires {NptMapReadyEvent} npt-map-ready - First complete frame with the places. `detail: { places, skipped }`.
 *
 * @csspart frame - The box around the map.
 * @csspart search-area - The "Search this area" button.
 * @csspart status - The one-line loading or unavailability message.
 * @csspart stack - The list of places sharing one point.
 *
 * @cssprop [--npt-finder-map-height=28rem] Height of the map (or set `height` on the element).
 * @cssprop [--npt-map-marker-color=var(--npt-color-primary, #000091)] Fill of the place and cluster circles.
 * @cssprop [--npt-map-selected-color=#e1000f] Fill of the selected place's circle.
 * @cssprop [--npt-map-cluster-text-color=#ffffff] Count written on clusters.
 */
export class NptFinderMap extends NptElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, maplibreStyles, finderMapStyles];

  /** Places to show (only those with coordinates are drawn; others are skipped and counted). */
  @property({ attribute: false }) places: MapPlace[] = [];

  /** Id of the selected place: its marker is highlighted and the map moves to it. */
  @property({ attribute: 'selected-id' }) selectedId: string | null = null;

  /** URL of a maplibre style. Default: IGN's free "Plan IGN" vector style (Géoplateforme, no key). */
  @property({ attribute: 'map-style' }) mapStyle: string = DEFAULT_MAP_STYLE;

  /**
   * URL of `maplibre-gl-worker.mjs` hosted by the site (e.g. `/assets/maplibre-gl-worker.mjs`), for pages
   * whose CSP allows workers from their own origin only (`worker-src 'self'`, no `blob:`). Default: the
   * file next to the finder's CDN script. Applies to every map of the page and must be set before the
   * first map loads.
   */
  @property({ attribute: 'worker-url' }) workerUrl?: string;

  /** Milliseconds to wait for the first frame before giving up (`npt-map-unavailable`, reason `timeout`). */
  @property({ type: Number, attribute: 'load-timeout' }) loadTimeout = 20000;

  /** Why the map is not shown, reflected as the `unavailable` attribute; null while it works. */
  @property({ reflect: true, attribute: 'unavailable' }) unavailable: MapUnavailableReason | null = null;

  @state() private ready = false;
  @state() private showSearchArea = false;
  @state() private stack: { ids: string[]; key: string } | null = null;

  private mapInstance?: MaplibreMap;
  private markers?: MarkerLayer;
  private byId = new Map<string, MapPlace>();
  private placesSent = '';
  private skipped = 0;
  private loadTimer?: ReturnType<typeof setTimeout>;
  private tileErrors = 0;
  private tilesLoaded = 0;
  private styleLoaded = false;
  private mapLocale?: string;
  private selectingFromMap = false;

  /** The maplibre map, once created: an escape hatch for tests, benchmarks and advanced integrations. */
  get map(): MaplibreMap | undefined {
    return this.mapInstance;
  }

  private get t() {
    return strings[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM (the finder re-parents it between its layouts): rebuild the map.
    if (this.hasUpdated && !this.mapInstance && !this.unavailable) this.createMap();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroyMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('places')) {
      this.byId = new Map((this.places ?? []).map((p) => [p.id, p]));
      if (this.stack) this.stack = null;
    }
  }

  protected override firstUpdated(): void {
    this.createMap();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const map = this.mapInstance;
    if (!map || !this.styleLoaded) return;
    if (changed.has('places')) this.syncPlaces();
    if (changed.has('selectedId')) this.syncSelection(changed.get('selectedId') !== undefined || this.selectedId !== null);
    if (changed.has('mapStyle') && changed.get('mapStyle') !== undefined) {
      this.styleLoaded = false;
      map.setStyle(this.mapStyle, { diff: false });
    }
    if (this.locale !== this.mapLocale) this.localizeMap();
  }

  override render() {
    const t = this.t;
    const message = this.unavailable ? t.unavailable[this.unavailable] : this.ready ? '' : t.loading;
    return html`
      <div class="frame" part="frame">
        <div class="map"></div>
        ${
          this.showSearchArea && !this.unavailable
            ? html`<button type="button" class="search-area" part="search-area" @click=${this.onSearchArea}>${t.searchArea}</button>`
            : nothing
        }
        ${this.stack ? this.renderStack(this.stack.ids) : nothing}
        <p class="status" part="status" role="status" ?hidden=${!message}>${message}</p>
      </div>
    `;
  }

  private renderStack(ids: string[]) {
    const t = this.t;
    const places = ids
      .map((id) => this.byId.get(id))
      .filter((p): p is MapPlace => !!p)
      .sort((a, b) => a.name.localeCompare(b.name, this.locale));
    return html`
      <div class="stack" part="stack" role="group" aria-labelledby="stack-title" @keydown=${this.onStackKeydown}>
        <h3 id="stack-title">${t.stackTitle(places.length)}</h3>
        <ul>
          ${places.map(
            (p) =>
              html`<li>
                <button
                  type="button"
                  class="secondary"
                  aria-current=${p.id === this.selectedId ? 'true' : 'false'}
                  @click=${() => this.choose(p.id)}
                >
                  ${p.name}${p.address ? html`<span class="visually-hidden">, ${p.address}</span>` : nothing}
                </button>
              </li>`,
          )}
        </ul>
        <button type="button" class="secondary" @click=${() => this.closeStack()}>${t.close}</button>
      </div>
    `;
  }

  // --- the maplibre map -------------------------------------------------------------------------

  private createMap(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container || this.mapInstance) return;
    if (this.workerUrl) setWorkerUrl(new URL(this.workerUrl, document.baseURI).href);
    this.ready = false;
    this.styleLoaded = false;
    this.tileErrors = 0;
    this.tilesLoaded = 0;
    let map: MaplibreMap;
    try {
      map = new MaplibreMap({
        container,
        style: this.mapStyle,
        center: MGP_CENTER,
        zoom: 10,
        maxZoom: 19,
        attributionControl: false,
        cooperativeGestures: true,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        fadeDuration: 0,
        locale: this.t.maplibre,
      });
    } catch {
      // maplibre throws when it cannot get a WebGL 2 context.
      this.fail('no-webgl');
      return;
    }
    this.mapInstance = map;
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(
      new AttributionControl({ compact: false, customAttribution: this.mapStyle === DEFAULT_MAP_STYLE ? '© IGN – Plan IGN' : undefined }),
      'bottom-right',
    );
    this.markers = new MarkerLayer(
      (item, button) => void this.activate(item, button),
      () => map.getCanvas(),
    );
    map.getCanvasContainer().append(this.markers.element);
    this.localizeMap();

    this.loadTimer = setTimeout(() => this.fail('timeout'), this.loadTimeout);
    // A CSP without the worker's origin (or without blob: for a cross-origin worker) blocks the worker,
    // and maplibre then waits forever: say so at once.
    document.addEventListener('securitypolicyviolation', this.onCspViolation);
    map.on('style.load', () => {
      this.styleLoaded = true;
      this.placesSent = '';
      this.addPlacesLayers(map);
      this.syncPlaces();
      this.syncSelection(false);
    });
    map.on('load', () => {
      clearTimeout(this.loadTimer);
      document.removeEventListener('securitypolicyviolation', this.onCspViolation);
      map.once('idle', () => {
        if (this.mapInstance !== map) return;
        this.ready = true;
        this.dispatchEvent(new NptMapReadyEvent({ places: this.byId.size - this.skipped, skipped: this.skipped }));
      });
    });
    map.on('idle', () => this.rebuildMarkers());
    map.on('move', () => this.markers?.reposition((ll) => map.project(ll)));
    map.on('resize', () => this.markers?.reposition((ll) => map.project(ll)));
    map.on('movestart', (e) => {
      // Only a person's own move (drag, wheel, keys, buttons) offers "search this area".
      if ((e as { originalEvent?: Event }).originalEvent && this.ready) this.showSearchArea = true;
    });
    map.on('data', (e) => {
      if (e.dataType === 'source' && 'tile' in e && e.tile && (e as { sourceId?: string }).sourceId !== SOURCE) this.tilesLoaded++;
    });
    map.on('error', (e) => this.onMapError(e as unknown as { error?: Error; sourceId?: string; tile?: unknown }));
    map.on('webglcontextlost', () => this.fail('webgl-lost'));
  }

  private destroyMap(): void {
    clearTimeout(this.loadTimer);
    document.removeEventListener('securitypolicyviolation', this.onCspViolation);
    this.mapInstance?.remove();
    this.mapInstance = undefined;
    this.markers = undefined;
    this.styleLoaded = false;
  }

  private fail(reason: MapUnavailableReason): void {
    if (this.unavailable) return;
    this.destroyMap();
    this.unavailable = reason;
    this.showSearchArea = false;
    this.stack = null;
    this.dispatchEvent(new NptMapUnavailableEvent({ reason, message: this.t.unavailable[reason] }));
  }

  private onCspViolation = (e: SecurityPolicyViolationEvent): void => {
    if (/^(worker|child|script)-src/.test(e.effectiveDirective) && /maplibre-gl-worker|^blob/.test(e.blockedURI)) this.fail('csp');
  };

  private onMapError(e: { error?: Error; sourceId?: string; tile?: unknown }): void {
    if (e.sourceId === SOURCE) return;
    if (e.sourceId || e.tile) {
      this.tileErrors++;
      if (this.tileErrors >= TILE_ERRORS_TO_FAIL && this.tilesLoaded === 0) this.fail('tiles');
      return;
    }
    if (!this.styleLoaded) this.fail('style');
    else console.warn('<npt-finder-map>', e.error ?? e);
  }

  /** maplibre's texts follow the widget's language. */
  private localizeMap(): void {
    const map = this.mapInstance;
    if (!map) return;
    const t = this.t;
    this.mapLocale = this.locale;
    // maplibre reads this table whenever it shows a text (the gesture hint); controls keep the texts they were built with.
    Object.assign(map._locale, t.maplibre);
    map.getCanvas().setAttribute('aria-label', t.canvas);
    if (this.markers) this.markers.label = t.markers;
  }

  private markerColor(name: string, fallback: string): string {
    return getComputedStyle(this).getPropertyValue(name).trim() || fallback;
  }

  private addPlacesLayers(map: MaplibreMap): void {
    const primary = this.markerColor('--npt-map-marker-color', this.markerColor('--npt-color-primary', '#000091'));
    const selected = this.markerColor('--npt-map-selected-color', '#e1000f');
    map.addSource(SOURCE, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      cluster: true,
      clusterRadius: 50,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
    });
    map.addLayer({
      id: LAYER_CLUSTERS,
      type: 'circle',
      source: SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': primary,
        'circle-radius': ['step', ['get', 'point_count'], 16, 10, 19, 100, 23, 1000, 28],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    map.addLayer({
      id: LAYER_POINTS,
      type: 'circle',
      source: SOURCE,
      filter: ['!', ['has', 'point_count']],
      paint: { 'circle-color': primary, 'circle-radius': 8, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    });
    map.addLayer({
      id: LAYER_SELECTED,
      type: 'circle',
      source: SOURCE,
      filter: ['==', ['get', 'id'], ''],
      paint: { 'circle-color': selected, 'circle-radius': 12, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
    });
  }

  /** Sends the places to the map and, for a new result set, fits the map to them. */
  private syncPlaces(): void {
    const map = this.mapInstance;
    const source = map?.getSource<GeoJSONSource>(SOURCE);
    if (!map || !source) return;
    // The finder re-renders often (each keystroke) with a new array of the same places: send and fit
    // only a different set, as 10 000 places cost the worker a new cluster index.
    const key = placesKey(this.places ?? []);
    if (key === this.placesSent) return;
    this.placesSent = key;
    const { data, skipped } = toFeatureCollection(this.places ?? []);
    this.skipped = skipped;
    void source.setData(data as FeatureCollection);
    const box = boundsOf(data.features.map((f) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] })));
    if (!box) return;
    const animate = this.ready && !prefersReducedMotion();
    map.fitBounds(
      [
        [box[0], box[1]],
        [box[2], box[3]],
      ],
      { padding: 48, maxZoom: PLACE_ZOOM, animate, duration: animate ? 600 : 0 },
    );
    this.showSearchArea = false;
  }

  /** Highlights the selected place and, when the selection came from the list, moves the map to it. */
  private syncSelection(move: boolean): void {
    const map = this.mapInstance;
    if (!map || !map.getLayer(LAYER_SELECTED)) return;
    map.setFilter(LAYER_SELECTED, ['==', ['get', 'id'], this.selectedId ?? '']);
    this.markers?.setSelected(this.selectedId);
    const place = this.selectedId ? this.byId.get(this.selectedId) : undefined;
    if (!move || !place || this.selectingFromMap) return;
    map.easeTo({
      center: [place.lon, place.lat],
      zoom: Math.max(map.getZoom(), PLACE_ZOOM),
      duration: prefersReducedMotion() ? 0 : 600,
    });
  }

  // --- markers --------------------------------------------------------------------------------------

  /** Rebuilds the marker buttons from what the map has rendered (after every move and data change). */
  private rebuildMarkers(): void {
    const map = this.mapInstance;
    if (!map || !this.markers || !map.getLayer(LAYER_POINTS)) return;
    const t = this.t;
    const features = map.queryRenderedFeatures({ layers: [LAYER_CLUSTERS, LAYER_POINTS] });
    const items: MarkerItem[] = [];
    const seen = new Set<string>();
    const atPoint = new Map<string, MapPlace[]>();
    for (const f of features as MapGeoJSONFeature[]) {
      const props = f.properties as Record<string, unknown>;
      if (props.cluster) {
        const key = `c${String(props.cluster_id)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const count = Number(props.point_count);
        const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
        items.push({
          key,
          kind: 'cluster',
          lngLat: [lon, lat],
          label: t.cluster(count),
          text: typeof props.point_count_abbreviated === 'string' ? props.point_count_abbreviated : String(count),
          ids: [],
          clusterId: Number(props.cluster_id),
          count,
        });
        continue;
      }
      const id = String(props.id);
      const place = this.byId.get(id);
      if (!place || seen.has(`p${id}`)) continue;
      seen.add(`p${id}`);
      // Places sharing one point (a town hall's several desks) become one marker that lists them.
      const at = `${place.lon},${place.lat}`;
      atPoint.set(at, [...(atPoint.get(at) ?? []), place]);
    }
    for (const [at, places] of atPoint) {
      const first = places[0]!;
      items.push(
        places.length === 1
          ? {
              key: `p${first.id}`,
              kind: 'place',
              lngLat: [first.lon, first.lat],
              label: t.place(first.name, first.address),
              ids: [first.id],
              count: 1,
            }
          : {
              key: `s${at}`,
              kind: 'stack',
              lngLat: [first.lon, first.lat],
              label: t.stack(places.length),
              ids: places.map((p) => p.id),
              count: places.length,
            },
      );
    }
    this.markers.update(items.slice(0, MAX_MARKER_BUTTONS), (ll) => map.project(ll), this.selectedId);
  }

  private async activate(item: MarkerItem, button: HTMLButtonElement): Promise<void> {
    const map = this.mapInstance;
    if (!map) return;
    if (item.kind === 'place') return this.choose(item.ids[0]!);
    if (item.kind === 'stack') {
      this.stack = { ids: item.ids, key: item.key };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('.stack li button')?.focus();
      return;
    }
    const source = map.getSource<GeoJSONSource>(SOURCE);
    if (!source || item.clusterId === undefined) return;
    const zoom = await source.getClusterExpansionZoom(item.clusterId);
    map.easeTo({ center: item.lngLat, zoom: Math.min(zoom, map.getMaxZoom()), duration: prefersReducedMotion() ? 0 : 500 });
    // Keep the keyboard on the map: once the cluster has split, focus the marker nearest its centre.
    if (button.matches(':focus')) {
      map.once('idle', () => {
        const current = this.markers?.current ?? [];
        const c = map.project(item.lngLat);
        const nearest = current
          .map((m) => ({ m, d: Math.hypot(map.project(m.lngLat).x - c.x, map.project(m.lngLat).y - c.y) }))
          .sort((a, b) => a.d - b.d)[0];
        if (nearest) this.markers?.button(nearest.m.key)?.focus();
      });
    }
  }

  /** A place chosen on the map: highlight it at once and tell the finder. */
  private choose(id: string): void {
    const fromStack = this.stack;
    this.selectingFromMap = true;
    this.selectedId = id;
    void this.updateComplete.then(() => (this.selectingFromMap = false));
    this.dispatchEvent(new NptMapSelectEvent({ id }));
    if (fromStack) this.closeStack();
  }

  private closeStack(): void {
    const key = this.stack?.key;
    this.stack = null;
    if (key) this.markers?.button(key)?.focus();
  }

  private onStackKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.closeStack();
    }
  };

  private onSearchArea = (): void => {
    const map = this.mapInstance;
    if (!map) return;
    const b = map.getBounds();
    const bbox: BBox = roundBBox([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    this.showSearchArea = false;
    this.dispatchEvent(new NptMapAreaEvent({ bbox }));
    // The button disappears: keep the keyboard in the map rather than dropping focus to the page.
    map.getCanvas().focus();
  };
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

// Registered on import (the finder imports this module lazily); guarded, as two scripts may both bring it.
define('npt-finder-map', NptFinderMap);

declare global {
  interface HTMLElementTagNameMap {
    'npt-finder-map': NptFinderMap;
  }
}
