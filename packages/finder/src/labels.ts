// Display labels of the standard's values: French as the standard spells them (its typos fixed), or
// the interface language's own labels (`valueLabels` of the string table, e.g. English).
import type { FinderStrings } from './translations/strings.js';

const FIXES: Record<string, string> = {
  'Étapes numériques(La Poste)': 'Étapes numériques (La Poste)',
  'Bibliothèques numérique de référence': 'Bibliothèques numériques de référence',
};

/** The label of a value of the standard in the interface's language. */
export function optionLabel(value: string, t: FinderStrings): string {
  return t.valueLabels?.[value] || FIXES[value] || value;
}
