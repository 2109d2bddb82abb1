// The map's place in the finder: the "Liste / Carte" toggle of narrow screens, and the map area (a
// placeholder until the map's code is there).
import { html, type TemplateResult } from 'lit';
import type { FinderStrings } from '../translations/strings.js';
import type { NptMapAreaEvent, NptMapSelectEvent, NptMapUnavailableEvent } from './events.js';
import { DEFAULT_MAP_STYLE, type MapUnavailableReason } from './support.js';
import type { BBox, PlaceIndex, SearchResult } from '@npt/contract';
import { mapPlaces } from './map-places.js';
import type { FinderState } from '../state.js';

export type NarrowView = 'list' | 'map';

export function renderViewToggle(t: FinderStrings, view: NarrowView, onView: (view: NarrowView) => void): TemplateResult {
  const button = (which: NarrowView, label: string) =>
    html`<button type="button" aria-pressed=${view === which ? 'true' : 'false'} @click=${() => onView(which)}>${label}</button>`;
  return html`<div class="view-toggle" role="group" aria-label=${t.mapRegion}>
    ${button('list', t.showList)} ${button('map', t.showMap)}
  </div>`;
}

/** The map's "search this area" is on: said, with a way to lift it. */
export function renderAreaNotice(t: FinderStrings, onClear: () => void): TemplateResult {
  return html`<p class="area">${t.areaActive} <button type="button" class="link" @click=${onClear}>${t.areaClear}</button></p>`;
}

export interface MapAreaView {
  t: FinderStrings;
  locale: string;
  state: FinderState;
  index: PlaceIndex;
  result: SearchResult;
  ready: boolean;
  /** The `map-style` attribute; empty: IGN's Plan IGN. */
  mapStyle: string;
  workerUrl: string | undefined;
  onSelect: (id: string) => void;
  onArea: (bbox: BBox) => void;
  onUnavailable: (reason: MapUnavailableReason) => void;
}

export function renderMapArea(v: MapAreaView): TemplateResult {
  return html`<div class="map" part="map" role="region" aria-label=${v.t.mapRegion}>
    ${
      v.ready
        ? html`<npt-finder-map
            .places=${mapPlaces(v.index, v.result)}
            .selectedId=${v.state.selected ?? null}
            .mapStyle=${v.mapStyle || DEFAULT_MAP_STYLE}
            .workerUrl=${v.workerUrl}
            lang=${v.locale}
            @npt-map-select=${(e: NptMapSelectEvent) => v.onSelect(e.detail.id)}
            @npt-map-area=${(e: NptMapAreaEvent) => v.onArea(e.detail.bbox)}
            @npt-map-unavailable=${(e: NptMapUnavailableEvent) => v.onUnavailable(e.detail.reason)}
          ></npt-finder-map>`
        : html`<div class="map-placeholder"></div>`
    }
  </div>`;
}
