// The results heading, also what the live region says: how many places, near what, in which order.
import type { FinderState } from '../state.js';
import type { FinderStrings } from '../translations/strings.js';

export function resultsHeading(t: FinderStrings, total: number, state: FinderState, communeName: (key: string) => string): string {
  const point = state.point;
  const label = point ? (point.kind === 'me' ? t.nearMe : point.label) : state.commune && communeName(state.commune);
  const order = point ? t.sortedByDistance : t.sortedByCommune;
  return `${label ? t.countNear(total, label) : t.count(total)}, ${order}`;
}
