// Pure geometry of the map: places to GeoJSON, bounds, the order markers take in the tab sequence.
// No DOM, no maplibre: tested in Node.
import type { BBox } from '@npt/contract';
import { hasCoordinates, type MapPlace } from './support.js';

/** The project's one bounding box type, [minLon, minLat, maxLon, maxLat] in WGS 84 (from the contract). */
export type { BBox };

/** Properties of a place feature in the map's GeoJSON source. */
interface PlaceProperties {
  id: string;
  name: string;
  address: string;
}

export interface PlaceFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: PlaceProperties;
  }[];
}

/**
 * The GeoJSON of the places the map can show; places with unusable coordinates are skipped and
 * counted, never fatal. A repeated id keeps its first place (the list cannot tell two apart either).
 */
export function toFeatureCollection(places: readonly MapPlace[]): { data: PlaceFeatureCollection; skipped: number } {
  const seen = new Set<string>();
  const features: PlaceFeatureCollection['features'] = [];
  let skipped = 0;
  for (const p of places) {
    if (!p || typeof p.id !== 'string' || seen.has(p.id) || !hasCoordinates(p)) {
      skipped++;
      continue;
    }
    seen.add(p.id);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, name: p.name ?? '', address: p.address ?? '' },
    });
  }
  return { data: { type: 'FeatureCollection', features }, skipped };
}

/** The bounding box of the places with usable coordinates, or null when there is none. */
export function boundsOf(places: readonly { lat: number; lon: number }[]): BBox | null {
  let box: BBox | null = null;
  for (const p of places) {
    if (!hasCoordinates(p)) continue;
    if (!box) box = [p.lon, p.lat, p.lon, p.lat];
    else {
      box[0] = Math.min(box[0], p.lon);
      box[1] = Math.min(box[1], p.lat);
      box[2] = Math.max(box[2], p.lon);
      box[3] = Math.max(box[3], p.lat);
    }
  }
  return box;
}

/** Rounds a bbox to 6 decimals (about 10 cm), so "search this area" gives readable, shareable numbers. */
export function roundBBox(box: BBox): BBox {
  const r = (n: number) => Math.round(n * 1e6) / 1e6;
  return [r(box[0]), r(box[1]), r(box[2]), r(box[3])];
}

/** A signature of a place set, to tell a new result set (fit the map) from the same one re-sent. */
export function placesKey(places: readonly MapPlace[]): string {
  let h = 0;
  for (const p of places) {
    const s = `${p.id}@${p.lat},${p.lon};`;
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  }
  return `${places.length}:${h >>> 0}`;
}

/**
 * Orders on-screen markers for the keyboard: reading order (rows of `rowHeight` pixels from the top,
 * then left to right), so Tab and the arrow keys move through the map as one reads it.
 */
export function readingOrder<T extends { x: number; y: number }>(markers: readonly T[], rowHeight = 48): T[] {
  return [...markers].sort((a, b) => Math.floor(a.y / rowHeight) - Math.floor(b.y / rowHeight) || a.x - b.x || a.y - b.y);
}
