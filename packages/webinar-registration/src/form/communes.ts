// Commune suggestions for the "organisation or commune" field: the Métropole's communes from the API,
// matched on a name's start or one of its words (accents, case and hyphens aside) or on a postal code.
import { communeKey, type Commune } from '@npt/contract';

export function suggestCommunes(communes: readonly Commune[], text: string, max = 8): Commune[] {
  const q = text.trim();
  if (/^\d{2,5}$/.test(q)) return communes.filter((c) => c.codesPostaux.some((cp) => cp.startsWith(q))).slice(0, max);
  const key = communeKey(q);
  if (key.length < 2) return [];
  return communes
    .map((c) => ({ c, name: communeKey(c.nom) }))
    .map(({ c, name }) => ({ c, rank: name === key ? 0 : name.startsWith(key) ? 1 : ` ${name}`.includes(` ${key}`) ? 2 : -1 }))
    .filter((m) => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.c.nom.length - b.c.nom.length)
    .slice(0, max)
    .map((m) => m.c);
}
