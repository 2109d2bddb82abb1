import type { ParticipationReceipt } from '@npt/contract';
import type { SubmitController } from '@npt/ui';

/** Why sending failed (the foundation's classification). */
export type SubmitFailureKind = NonNullable<SubmitController<unknown, unknown>['failure']>['kind'];

/** The application was received: `detail` is the server's receipt (`reference`, `receivedAt`). */
export class NptSubmitSuccessEvent extends Event {
  static readonly type = 'npt-submit-success';
  constructor(readonly detail: ParticipationReceipt) {
    super(NptSubmitSuccessEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Sending failed; what was typed is kept. `detail.kind` says why: `fields` (the server refused fields,
 * shown on their step), `offline`, `server`, `rate-limited`, `too-large`, `key-reused` or `other`.
 */
export class NptSubmitErrorEvent extends Event {
  static readonly type = 'npt-submit-error';
  constructor(readonly detail: { kind: SubmitFailureKind }) {
    super(NptSubmitErrorEvent.type, { bubbles: true, composed: true });
  }
}

/** The person moved to another step: `detail.index` (0-based) and `detail.name` (`commune`, `contact`, … `review`). */
export class NptStepChangeEvent extends Event {
  static readonly type = 'npt-step-change';
  constructor(readonly detail: { index: number; name: string }) {
    super(NptStepChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'npt-submit-success': NptSubmitSuccessEvent;
    'npt-submit-error': NptSubmitErrorEvent;
    'npt-step-change': NptStepChangeEvent;
  }
}
