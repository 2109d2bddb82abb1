// The results heading, also what the live region says: how many places, near what, in which order.
import type { FinderState } from '../state.js';
import type { FinderStrings } from '../translations/strings.js';
import type { CommuneOption } from '../search/suggestions.js';

export function resultsHeading(t: FinderStrings, total: number, state: FinderState, communes: readonly CommuneOption[]): string {
  const point = state.point;
  const commune = state.commune && (communes.find((c) => c.key === state.commune)?.nom ?? state.commune);
  const label = point ? (point.kind === 'me' ? t.nearMe : point.label) : commune;
  const order = point ? t.sortedByDistance : t.sortedByCommune;
  return `${label ? t.countNear(total, label) : t.count(total)}, ${order}`;
}
