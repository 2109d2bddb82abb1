// The communes the search box offers. Kept apart from the matching (suggestions.ts): the Métropole's
// list is a tenth of the CDN file, so the CDN build loads it in a chunk of its own (places-data.ts).
import { mgpCommunes, type Place } from '@npt/contract';
import type { CommuneOption } from './suggestions.js';

/** The communes to search: the Métropole's, then those of the places that are not among them. */
export function communeOptions(places: readonly Place[]): CommuneOption[] {
  const out = new Map<string, CommuneOption>();
  const mgp = mgpCommunes();
  for (const c of mgp) out.set(c.code, { key: c.code, nom: c.nom, codesPostaux: [...c.codesPostaux] });
  for (const p of places) {
    const key = p.code_insee ?? p.commune;
    if (!key) continue;
    const known = out.get(key);
    if (!known) out.set(key, { key, nom: p.commune, codesPostaux: p.code_postal ? [p.code_postal] : [] });
    else if (p.code_postal && !known.codesPostaux.includes(p.code_postal) && !mgp.some((c) => c.code === key)) {
      known.codesPostaux.push(p.code_postal);
    }
  }
  return [...out.values()];
}
