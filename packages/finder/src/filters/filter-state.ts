// Pure decisions about the filters: which groups the webmaster hid, how many the person chose, what
// "clear the filters" leaves, which options are worth offering, and the search a finder starts with.
import { FILTER_FIELDS, PLACE_ENUMS, type FacetCounts, type FilterField } from '@npt/contract';
import { decodeState, parsePreset, parsePresetToggles, type FinderState } from '../state.js';

/** Groups that are not shown: filter fields, `open-now`, `open-saturday` (`all` hides them all). */
export function hiddenGroups(hideFilters: string): Set<string> {
  const list = hideFilters.split(/[\s,]+/).filter(Boolean);
  return new Set(list.includes('all') ? [...FILTER_FIELDS, 'open-now', 'open-saturday'] : list);
}

/** How many filters the person chose (hidden, preset ones excluded). */
export function activeFilterCount(state: FinderState, hidden: ReadonlySet<string>): number {
  let n = (state.openNow && !hidden.has('open-now') ? 1 : 0) + (state.openSaturday && !hidden.has('open-saturday') ? 1 : 0);
  for (const f of FILTER_FIELDS) if (!hidden.has(f)) n += state.filters[f]?.length ?? 0;
  return n;
}

type FilterPart = Pick<FinderState, 'filters' | 'openNow' | 'openSaturday'>;

/** The filters with one option ticked or unticked. */
export function toggledFilter(state: FinderState, field: FilterField, value: string, on: boolean): FilterPart['filters'] {
  const current = new Set(state.filters[field] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  return { ...state.filters, [field]: [...current] };
}

/** The filters once cleared: the person's choices go, the hidden groups keep what the webmaster fixed. */
export function clearedFilters(state: FinderState, preset: string, hidden: ReadonlySet<string>): FilterPart {
  const presets = parsePreset(preset);
  const filters: FinderState['filters'] = {};
  for (const f of FILTER_FIELDS) if (hidden.has(f) && presets[f]) filters[f] = presets[f];
  return {
    filters,
    openNow: hidden.has('open-now') && state.openNow,
    openSaturday: hidden.has('open-saturday') && state.openSaturday,
  };
}

/**
 * The options of a field worth offering: those that give at least one place with the other filters kept,
 * and those already ticked (so they can be unticked). An option that leads to "no place" is not offered.
 * Each keeps its rank in the standard's list (it names the checkbox and the URL parameter).
 */
export function offeredOptions(
  field: FilterField,
  counts: FacetCounts | undefined,
  selected: readonly string[] = [],
): Array<{ value: string; rank: number; count: number }> {
  const out: Array<{ value: string; rank: number; count: number }> = [];
  PLACE_ENUMS[field].forEach((value: string, rank: number) => {
    const count = counts?.[field][value] ?? 0;
    if (count > 0 || selected.includes(value)) out.push({ value, rank, count });
  });
  return out;
}

export interface InitialSearchInput {
  /** The `preset` attribute. */
  preset: string;
  /** The `hide-filters` attribute. */
  hideFilters: string;
  /** The `radius` attribute. */
  radius: number;
}

/**
 * The search a finder starts with, from the webmaster's presets and a shared link (`fromUrl`: the finder's
 * parameters read from the page URL, empty when it keeps out of the URL); and the search box's text.
 */
export function initialSearch(
  { preset, hideFilters, radius }: InitialSearchInput,
  fromUrl: Record<string, string>,
): { search: FinderState; text: string } {
  const hidden = hiddenGroups(hideFilters);
  const presets = parsePreset(preset);
  const toggles = parsePresetToggles(preset);
  let search: FinderState;
  if (Object.keys(fromUrl).length) {
    const shared = decodeState(fromUrl, radius);
    // A link that names no filter (a deep link to a commune, say) keeps the webmaster's presets.
    const namesFilters = Object.keys(shared.filters).length > 0 || shared.openNow || shared.openSaturday;
    search = namesFilters ? shared : { ...shared, filters: presets, ...toggles };
  } else {
    search = { filters: presets, radiusKm: radius, ...toggles };
  }
  // Hidden groups keep their preset whatever the URL says: the webmaster fixed them.
  const filters = { ...search.filters };
  for (const field of FILTER_FIELDS) if (hidden.has(field)) filters[field] = presets[field] ?? [];
  search = { ...search, filters };
  if (hidden.has('open-now')) search.openNow = toggles.openNow;
  if (hidden.has('open-saturday')) search.openSaturday = toggles.openSaturday;
  return { search, text: search.point?.label ?? '' };
}
