// Finds a record's commune among the Métropole's 130 communes, from its name and postal code, which
// third-party records often spell differently ("PARIS 10", "Saint Ouen Sur Seine", "Joinvile-le-pont")
// or which disagree with each other.
import { MGP_COMMUNES } from '../generated/communes.js';
import { communeKey } from './text.js';

export interface CommuneRef {
  code: string;
  nom: string;
  codesPostaux: readonly string[];
}

let byKey: Map<string, CommuneRef> | undefined;
let byPostalCode: Map<string, CommuneRef[]> | undefined;

function indexes(): { byKey: Map<string, CommuneRef>; byPostalCode: Map<string, CommuneRef[]> } {
  if (!byKey || !byPostalCode) {
    byKey = new Map();
    byPostalCode = new Map();
    for (const c of MGP_COMMUNES) {
      byKey.set(communeKey(c.nom), c);
      for (const cp of c.codesPostaux) byPostalCode.set(cp, [...(byPostalCode.get(cp) ?? []), c]);
    }
    // Names still in use for merged communes and common short forms.
    const alias = (name: string, code: string) => {
      const c = MGP_COMMUNES.find((x) => x.code === code);
      if (c) byKey!.set(communeKey(name), c);
    };
    alias('Pierrefitte-sur-Seine', '93066'); // merged into Saint-Denis in 2025
    alias('Saint-Ouen', '93070');
    alias('Kremlin-Bicêtre', '94043');
  }
  return { byKey, byPostalCode };
}

/**
 * The Métropole commune a record is in, or undefined when it is not one of them (or cannot be told).
 * An exact name match wins over the postal code (postal codes are shared and often mistyped); a
 * postal code used by a single commune identifies it even when the name is misspelt.
 */
export function findMgpCommune(name: string, postalCode: string, insee?: string): CommuneRef | undefined {
  // Records repeat the same few communes: remember the answers (bounded).
  const key = `${name}|${postalCode}|${insee ?? ''}`;
  if (memo.has(key)) return memo.get(key);
  if (memo.size > 5000) memo.clear();
  const found = find(name, postalCode, insee);
  memo.set(key, found);
  return found;
}

const memo = new Map<string, CommuneRef | undefined>();

function find(name: string, postalCode: string, insee?: string): CommuneRef | undefined {
  if (insee) {
    const direct = MGP_COMMUNES.find((c) => c.code === insee);
    if (direct) return direct;
  }
  const { byKey, byPostalCode } = indexes();
  const byName = byKey.get(communeKey(name));
  // Same département only: "Saint-Denis" is also a commune of La Réunion, "Montreuil" of the Pas-de-Calais.
  if (byName && (!postalCode || byName.codesPostaux.some((cp) => cp.slice(0, 2) === postalCode.slice(0, 2)))) return byName;
  const candidates = byPostalCode.get(postalCode) ?? [];
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The Métropole's 130 communes. (Browser code should take them from here rather than as `MGP_COMMUNES`
 * from the package index: that export goes through the resource schemas' module, and bundlers then keep
 * those schemas and zod in the widget's file.)
 */
export function mgpCommunes(): readonly CommuneRef[] {
  return MGP_COMMUNES;
}

/** The Métropole commune with this code INSEE. */
export function mgpCommune(code: string): CommuneRef | undefined {
  return MGP_COMMUNES.find((c) => c.code === code);
}
