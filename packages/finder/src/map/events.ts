import type { BBox } from './geo.js';
import type { MapUnavailableReason } from './support.js';

/** A person chose a place on the map (a marker, by mouse, touch or keyboard). */
export class NptMapSelectEvent extends Event {
  static readonly type = 'npt-map-select';
  constructor(readonly detail: { id: string }) {
    super(NptMapSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** A person moved the map and asked to search the visible area ("Rechercher dans cette zone"). */
export class NptMapAreaEvent extends Event {
  static readonly type = 'npt-map-area';
  /** `bbox`: [minLon, minLat, maxLon, maxLat] of the visible map, WGS 84, 6 decimals. */
  constructor(readonly detail: { bbox: BBox }) {
    super(NptMapAreaEvent.type, { bubbles: true, composed: true });
  }
}

/** The map cannot be shown (no WebGL, style or tiles failed, WebGL lost, timeout): keep the list. */
export class NptMapUnavailableEvent extends Event {
  static readonly type = 'npt-map-unavailable';
  constructor(readonly detail: { reason: MapUnavailableReason; message: string }) {
    super(NptMapUnavailableEvent.type, { bubbles: true, composed: true });
  }
}

/** The map rendered its first complete frame with the places (style, tiles and markers). */
export class NptMapReadyEvent extends Event {
  static readonly type = 'npt-map-ready';
  /** `places`: how many places are on the map; `skipped`: places left out for unusable coordinates. */
  constructor(readonly detail: { places: number; skipped: number }) {
    super(NptMapReadyEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'npt-map-select': NptMapSelectEvent;
    'npt-map-area': NptMapAreaEvent;
    'npt-map-unavailable': NptMapUnavailableEvent;
    'npt-map-ready': NptMapReadyEvent;
  }
}
