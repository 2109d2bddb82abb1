import type { FundingResult } from '@npt/contract';

/**
 * Fired whenever the inputs give a new, complete estimate (every filled field valid).
 * `detail` is the whole result: per year the people entered and counted, the amount per person, the
 * amount and whether the cap applied; the total; the project cost and grant.
 */
export class NptSimulationChangeEvent extends Event {
  static readonly type = 'npt-simulation-change';
  constructor(readonly detail: FundingResult) {
    super(NptSimulationChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired once the funding rules are known: from the API, or the bundled ones when the API fails. */
export class NptRulesLoadEvent extends Event {
  static readonly type = 'npt-rules-load';
  constructor(readonly detail: { source: 'api' | 'bundled'; error?: string }) {
    super(NptRulesLoadEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'npt-simulation-change': NptSimulationChangeEvent;
    'npt-rules-load': NptRulesLoadEvent;
  }
}
