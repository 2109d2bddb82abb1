// Finding a commune of the Métropole as people type it: by name, accents and case ignored ("epinay"
// finds Épinay-sur-Seine), or by postal code ("93200" finds Saint-Denis). Pure, tested in node.
import type { CommuneRef } from '@npt/contract';

// Lower case, without accents, hyphens and apostrophes as spaces. (The contract's `fold` comes with the
// place normaliser's tables, which a browser bundle would then carry.)
const key = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'\u2019]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The communes matching `text`, best first (names starting with it, then containing it), at most `limit`. */
export function matchCommunes(text: string, communes: readonly CommuneRef[], limit = 8): CommuneRef[] {
  const q = key(text);
  if (!q) return [];
  if (/^\d{2,5}$/.test(q)) {
    return communes.filter((c) => c.codesPostaux.some((cp) => cp.startsWith(q)) || c.code.startsWith(q)).slice(0, limit);
  }
  const starts: CommuneRef[] = [];
  const contains: CommuneRef[] = [];
  for (const c of communes) {
    const name = key(c.nom);
    if (name.startsWith(q)) starts.push(c);
    else if (name.includes(` ${q}`) || name.includes(q)) contains.push(c);
  }
  const byName = (a: CommuneRef, b: CommuneRef) => a.nom.localeCompare(b.nom, 'fr');
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}

/** "Saint-Denis (93200)": the name with its postal codes, as the list shows it (Paris: its first and last). */
export function communeLabel(c: CommuneRef): string {
  const cps = c.codesPostaux;
  const codes = cps.length > 2 ? `${cps[0]}–${cps[cps.length - 1]}` : cps.join(', ');
  return codes ? `${c.nom} (${codes})` : c.nom;
}
