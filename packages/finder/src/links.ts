// Links built from a place: directions, phone, the place's own address as one line.
import type { Place } from '@npt/contract';

/** OpenStreetMap routing to the place (the person picks their starting point there). */
export function directionsUrl(place: Place): string | undefined {
  if (place.latitude === undefined || place.longitude === undefined) {
    const q = [place.adresse, place.code_postal, place.commune].filter(Boolean).join(' ');
    return q ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(q)}` : undefined;
  }
  return `https://www.openstreetmap.org/directions?route=%3B${place.latitude}%2C${place.longitude}#map=17/${place.latitude}/${place.longitude}`;
}

/** "12 rue X, 93100 Montreuil". */
export function oneLineAddress(place: Place): string {
  return [place.adresse, [place.code_postal, place.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}
