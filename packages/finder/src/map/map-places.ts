// The map's places for a result: the located ones, in the list's order. Rebuilt only when the result
// changes (not on every render of the finder).
import type { PlaceIndex, SearchResult } from '@npt/contract';
import type { MapPlace } from './support.js';

const cache = new WeakMap<SearchResult, MapPlace[]>();

export function mapPlaces(index: PlaceIndex, result: SearchResult): MapPlace[] {
  let places = cache.get(result);
  if (places) return places;
  places = [];
  for (const i of result.order) {
    const p = index.places[i]!;
    if (p.latitude !== undefined && p.longitude !== undefined) {
      places.push({
        id: p.id,
        name: p.nom,
        address: [p.adresse, p.code_postal, p.commune].filter(Boolean).join(' '),
        lat: p.latitude,
        lon: p.longitude,
      });
    }
  }
  cache.set(result, places);
  return places;
}
