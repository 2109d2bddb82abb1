// The empty state's ways out, computed: each button offered is one that gives places, tried on the index
// before it is offered (widening to 10 km when nothing is within 10 km either is no way out).
import { RADII, type FinderState } from '../state.js';
import { activeFilterCount, clearedFilters } from '../filters/filter-state.js';

export type WayOut =
  | { kind: 'widen'; km: number; state: FinderState }
  | { kind: 'any-distance'; state: FinderState }
  | { kind: 'clear-filters'; state: FinderState }
  | { kind: 'all-places'; state: FinderState };

export interface WaysOutInput {
  state: FinderState;
  preset: string;
  hidden: ReadonlySet<string>;
  /** How many places a search would give. */
  count: (state: FinderState) => number;
}

/** The ways out of "no place", best first, each giving at least one place. */
export function waysOut({ state, preset, hidden, count }: WaysOutInput): WayOut[] {
  const out: WayOut[] = [];
  const gives = (w: WayOut) => count(w.state) > 0 && out.push(w);
  if (state.point && state.radiusKm !== undefined) {
    // The nearest radius that finds something; else any distance, if that does.
    const km = RADII.find((r) => r > state.radiusKm! && count({ ...state, radiusKm: r }) > 0);
    if (km !== undefined) out.push({ kind: 'widen', km, state: { ...state, radiusKm: km } });
    else gives({ kind: 'any-distance', state: { ...state, radiusKm: undefined } });
  }
  const everywhere = { point: undefined, commune: undefined, bbox: undefined };
  // A commune without any located place searched by name: its filters may still find places elsewhere.
  if (state.commune && !state.point) gives({ kind: 'all-places', state: { ...state, ...everywhere } });
  const cleared = { ...state, ...clearedFilters(state, preset, hidden) };
  if (activeFilterCount(state, hidden) > 0) gives({ kind: 'clear-filters', state: cleared });
  if (!out.length && (state.point || state.commune || state.bbox)) {
    // Nothing nearby, whatever the filters: every place of the territory, the webmaster's fixed filters kept.
    gives({ kind: 'all-places', state: { ...cleared, ...everywhere } });
  }
  return out;
}
