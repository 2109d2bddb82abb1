// The results of the current search, kept between renders: searched again only when the search (not the
// open place) or the data changed, with the time "open now" was judged at.
import type { PlaceIndex, PlaceQuery, SearchResult } from '@npt/contract';
import type { FinderState } from '../state.js';

/** The index's query for a finder search at `now` (the radius counts only around a point). */
export function placeQuery(s: FinderState, now: Date): PlaceQuery {
  return { point: s.point, radiusKm: s.point ? s.radiusKm : undefined, commune: s.commune, bbox: s.bbox, filters: s.filters, openNow: s.openNow, openSaturday: s.openSaturday, now };
}

export class ResultsState {
  result?: SearchResult;
  now = new Date();
  /** The empty state's code, there once a search has found nothing. */
  empty?: typeof import('./empty.js');
  private key = '';
  private index?: PlaceIndex;
  private emptyLoading?: Promise<unknown>;

  /** `onChange`: a new search ran, with how many places it found; `onLoaded`: the empty state's code came. */
  constructor(
    private readonly onChange: (total: number) => void,
    private readonly onLoaded: () => void,
  ) {}

  /** The data is not there (loading, failed): no result. */
  clear(): void {
    this.result = undefined;
  }

  refresh(index: PlaceIndex, search: FinderState): SearchResult {
    const key = JSON.stringify({ ...search, selected: undefined });
    if (!this.result || key !== this.key || index !== this.index) {
      this.now = new Date();
      this.result = index.search(placeQuery(search, this.now));
      [this.key, this.index] = [key, index];
      this.onChange(this.result.order.length);
      if (!this.result.order.length) this.emptyLoading ??= import('./empty.js').then((m) => ((this.empty = m), this.onLoaded()));
    }
    return this.result;
  }

  /** Resolves once the empty state's code is there, if a search needed it. */
  async ready(): Promise<void> {
    await this.emptyLoading;
  }

  /** How many places to show so that place `id` is on a shown page (pages of `pageSize`). */
  shownWith(id: string, shown: number, pageSize: number): number {
    const pos = this.result && this.index ? [...this.result.order].findIndex((i) => this.index!.places[i]!.id === id) : -1;
    return pos >= shown ? Math.ceil((pos + 1) / pageSize) * pageSize : shown;
  }

  /** How many places another search would give (the empty state tries its ways out with it). */
  count(search: FinderState): number {
    return this.index ? this.index.search(placeQuery(search, this.now)).order.length : 0;
  }
}
