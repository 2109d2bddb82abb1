// The results of the current search, kept between renders: searched again only when the search (not the
// open place) or the data changed, with the time "open now" was judged at.
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { PlaceIndex, PlaceQuery, SearchResult } from '@npt/contract';
import { NptResultsChangeEvent } from '../events.js';
import type { FinderStrings } from '../translations/strings.js';
import type { WayOut } from './ways-out.js';
import type { FinderState } from '../state.js';
import type * as EmptyState from './empty.js';

/** The index's query for a finder search at `now` (the radius counts only around a point). */
function placeQuery(s: FinderState, now: Date): PlaceQuery {
  return {
    point: s.point,
    radiusKm: s.point ? s.radiusKm : undefined,
    commune: s.commune,
    bbox: s.bbox,
    filters: s.filters,
    openNow: s.openNow,
    openSaturday: s.openSaturday,
    now,
  };
}

export class ResultsState {
  result?: SearchResult;
  now = new Date();
  /** The empty state's code, there once a search has found nothing. */
  private empty?: typeof EmptyState;
  private key = '';
  private index?: PlaceIndex;
  private emptyLoading?: Promise<unknown>;

  /** The host hears `npt-results-change` after each new search, and renders again when the empty state's code comes. */
  constructor(private readonly host: ReactiveControllerHost & EventTarget) {}

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
      this.host.dispatchEvent(new NptResultsChangeEvent({ total: this.result.order.length }));
      if (!this.result.order.length) this.emptyLoading ??= import('./empty.js').then((m) => ((this.empty = m), this.host.requestUpdate()));
    }
    return this.result;
  }

  /** "No place" with the ways out that give places (nothing until its code is there). */
  renderEmpty(
    t: FinderStrings,
    search: { state: FinderState; preset: string; hidden: ReadonlySet<string> },
    onWay: (way: WayOut) => void,
  ): TemplateResult | undefined {
    return this.empty?.renderEmpty(t, { ...search, count: (s) => this.count(s) }, onWay);
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
