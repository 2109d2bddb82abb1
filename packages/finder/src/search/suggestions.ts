// Commune and postal-code search, offline: the Métropole's communes plus the communes of the loaded
// places (so a Charente file finds "Cognac" too). No network: the address geocoder is separate. The
// list itself is built in commune-options.ts, which the CDN file loads apart (see places-data.ts).
import { communeKey } from '@npt/contract';

export interface CommuneOption {
  /** Code INSEE when known, else the commune's name as the places spell it. */
  key: string;
  nom: string;
  codesPostaux: string[];
}

/**
 * Communes matching what was typed: a postal code (or its start, from 2 digits), or a name (start of
 * the name or of one of its words, without case, accents or hyphens). Best matches first, at most `max`.
 */
export function matchCommunes(options: readonly CommuneOption[], query: string, max = 6): CommuneOption[] {
  const q = query.trim();
  if (/^\d{2,5}$/.test(q)) {
    return options.filter((o) => o.codesPostaux.some((cp) => cp.startsWith(q)) || o.key === q).slice(0, max);
  }
  const key = communeKey(q);
  if (key.length < 2) return [];
  const scored: Array<[number, CommuneOption]> = [];
  for (const o of options) {
    const name = communeKey(o.nom);
    const score = name === key ? 0 : name.startsWith(key) ? 1 : (' ' + name).includes(' ' + key) ? 2 : -1;
    if (score >= 0) scored.push([score, o]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].nom.length - b[1].nom.length)
    .slice(0, max)
    .map(([, o]) => o);
}

/** Whether the text looks like a street address rather than a commune (a number, or a street word). */
export function looksLikeAddress(query: string): boolean {
  return (
    /\d.*[a-z]|\b(rue|avenue|av|bd|boulevard|place|allée|chemin|impasse|quai|route|cours|square)\b/i.test(query.trim()) &&
    !/^\d{5}$/.test(query.trim())
  );
}
