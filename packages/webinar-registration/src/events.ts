import type { RegistrationStatus } from '@npt/contract';

/** What the host page learns of a booking: never its token (the only key to it). */
export interface RegistrationDetail {
  webinarId: string;
  status: RegistrationStatus;
  /** Rank on the waiting list, when `status` is "waiting". */
  position?: number;
}

/** A person registered, or joined the waiting list. */
export class NptRegistrationSuccessEvent extends Event {
  static readonly type = 'npt-registration-success';
  constructor(readonly detail: RegistrationDetail) {
    super(NptRegistrationSuccessEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * A registration or a cancellation failed; `kind` says why (`offline`, `server`, `already-registered`,
 * `closed`, `rate-limited`, `fields`…, or `cancel` for a cancellation), the widget shows the message.
 */
export class NptRegistrationErrorEvent extends Event {
  static readonly type = 'npt-registration-error';
  constructor(readonly detail: { webinarId: string; kind: string }) {
    super(NptRegistrationErrorEvent.type, { bubbles: true, composed: true });
  }
}

/** A person cancelled their booking from the managing page. */
export class NptRegistrationCancelEvent extends Event {
  static readonly type = 'npt-registration-cancel';
  constructor(readonly detail: { webinarId: string; status: RegistrationStatus }) {
    super(NptRegistrationCancelEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'npt-registration-success': NptRegistrationSuccessEvent;
    'npt-registration-error': NptRegistrationErrorEvent;
    'npt-registration-cancel': NptRegistrationCancelEvent;
  }
}
