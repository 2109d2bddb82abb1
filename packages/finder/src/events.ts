import type { NormaliseResult } from '@npt/contract';

/**
 * The places are loaded: how many records were usable, how many were skipped and why (one entry per
 * skipped record: its index in the source, its id when it has one, and a reason code:
 * `not-an-object`, `missing-name`, `missing-location`, `duplicate-id`, `duplicate`). `shown` is the number
 * of places in the territory (`communes` attribute), `error` is set when the source failed.
 */
export class NptDataLoadEvent extends Event {
  static readonly type = 'npt-data-load';
  constructor(readonly detail: Pick<NormaliseResult, 'accepted' | 'rejected' | 'reasons'> & { shown: number; error?: string }) {
    super(NptDataLoadEvent.type, { bubbles: true, composed: true });
  }
}

/** A place's sheet was opened (`id`) or closed (`id: null`), from the list, the map or the URL. */
export class NptPlaceSelectEvent extends Event {
  static readonly type = 'npt-place-select';
  constructor(readonly detail: { id: string | null }) {
    super(NptPlaceSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** The results changed (new search, filters, radius): how many places match. */
export class NptResultsChangeEvent extends Event {
  static readonly type = 'npt-results-change';
  constructor(readonly detail: { total: number }) {
    super(NptResultsChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'npt-data-load': NptDataLoadEvent;
    'npt-place-select': NptPlaceSelectEvent;
    'npt-results-change': NptResultsChangeEvent;
  }
}
