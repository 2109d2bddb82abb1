// Managing a booking from its link: read it, show it, cancel it after a confirmation step.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { newIdempotencyKey } from '@npt/api-client';
import type { Registration, Webinar } from '@npt/contract';
import { FocusController } from '@npt/ui';
import type { WebinarApi } from '../api.js';
import { renderWhen, type SessionContext } from '../sessions/sessions-list.js';
import { ordinal } from '../session-time.js';
import type { BookingRef } from './booking-link.js';

/** Whether an API error is a 404 (an unknown or cancelled booking). */
const isNotFound = (error: unknown): boolean => (error as { status?: number } | undefined)?.status === 404;

type CancelState = 'idle' | 'confirming' | 'cancelling' | 'cancelled' | 'failed';

export interface ManageOptions {
  api: () => Promise<WebinarApi>;
  context: () => SessionContext;
  ref: () => BookingRef | undefined;
  /** The session booked, when the list has it (an ended session is no longer listed). */
  session: (id: string) => Webinar | undefined;
  /** Whether the list of sessions is still loading. */
  sessionsPending: () => boolean;
  onCancelled: (ref: BookingRef, registration: Registration) => void;
  onCancelFailed: (ref: BookingRef) => void;
  onSeeSessions: () => void;
}

export class ManageController implements ReactiveController {
  cancel: CancelState = 'idle';
  private readonly focus: FocusController;
  private cancelKey = newIdempotencyKey();
  /** A link followed within the page: the booking's heading takes focus once it shows (it loads first). */
  private focusWhenShown = false;

  readonly booking: Task<readonly [string, string], Registration>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly o: ManageOptions,
  ) {
    host.addController(this);
    this.focus = new FocusController(host);
    this.booking = new Task(host, {
      task: async ([webinarId, token], { signal }) => (await this.o.api()).booking({ webinarId, token }, signal),
      args: () => [this.o.ref()?.webinarId ?? '', this.o.ref()?.token ?? ''] as const,
      autoRun: false,
    });
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (!this.focusWhenShown) return;
    const title = (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>('#manage-title');
    if (!title) return;
    this.focusWhenShown = false;
    title.focus();
  }

  /** A (new) booking link: read it; with `moveFocus`, its heading takes focus once the booking shows. */
  load(moveFocus = false): void {
    this.focusWhenShown = moveFocus;
    this.cancel = 'idle';
    this.cancelKey = newIdempotencyKey();
    if (this.o.ref()) void this.booking.run();
  }

  render(): TemplateResult {
    const c = this.o.context();
    const t = c.t;
    const ref = this.o.ref();
    if (this.cancel === 'cancelled') {
      return html`<section class="manage" part="manage" aria-labelledby="manage-title">
        <h3 id="manage-title" tabindex="-1">${t.manageTitle}</h3>
        <p class="cancelled" part="cancelled">${t.cancelled}</p>
        <p><button type="button" @click=${this.o.onSeeSessions}>${t.seeSessions}</button></p>
      </section>`;
    }
    return this.booking.render({
      initial: () => html`<p class="loading" role="status">${t.loadingBooking}</p>`,
      pending: () => html`<p class="loading" role="status">${t.loadingBooking}</p>`,
      error: (error) =>
        isNotFound(error)
          ? html`<section class="manage unknown" part="manage" aria-labelledby="manage-title">
              <h3 id="manage-title" tabindex="-1">${t.unknownBooking}</h3>
              <p>${t.unknownBookingHint}</p>
              <p><button type="button" @click=${this.o.onSeeSessions}>${t.seeSessions}</button></p>
            </section>`
          : html`<div class="api-down" part="api-down" role="alert">
              <p>${t.apiDown}</p>
              <button type="button" @click=${() => void this.booking.run()}>${t.retry}</button>
            </div>`,
      complete: (registration) => (ref ? this.renderBooking(ref, registration, c) : html``),
    });
  }

  private renderBooking(ref: BookingRef, r: Registration, c: SessionContext): TemplateResult {
    const t = c.t;
    const session = this.o.session(ref.webinarId);
    if (!session && this.o.sessionsPending()) return html`<p class="loading" role="status">${t.loadingBooking}</p>`;
    const waiting = r.status === 'waiting';
    return html`<section class="manage ${r.status}" part="manage" aria-labelledby="manage-title">
      <h3 id="manage-title" tabindex="-1">${t.manageTitle}</h3>
      ${
        session
          ? html`<p class="booked"><strong>${session.title}</strong></p>
              ${renderWhen(session, c)}`
          : html`<p>${t.sessionOver}</p>`
      }
      <p class="status" part="status">
        ${waiting ? html`<strong>${t.position(ordinal(r.position ?? 1, c.locale))}</strong> ${t.waitingNoLink}` : t.statusRegistered}
      </p>
      ${
        !waiting && r.joinUrl
          ? html`<p><a class="button" part="join-link" href=${r.joinUrl} rel="noreferrer noopener" target="_blank">${t.joinLink}</a></p>
              <p class="hint">${t.joinHint}</p>`
          : !waiting
            ? html`<p class="hint">${t.noJoinLinkYet}</p>`
            : nothing
      }
      ${session?.status === 'closed' || !session ? nothing : this.renderCancel(ref, r, session, c)}
    </section>`;
  }

  private renderCancel(ref: BookingRef, r: Registration, session: Webinar, c: SessionContext): TemplateResult {
    const t = c.t;
    if (this.cancel === 'idle') {
      return html`<p><button type="button" class="secondary danger" part="cancel" @click=${() => this.ask()}>${t.cancel}</button></p>`;
    }
    const busy = this.cancel === 'cancelling';
    return html`<div class="confirm-cancel" part="confirm-cancel" role="group" aria-labelledby="confirm-cancel-question">
      <p id="confirm-cancel-question" tabindex="-1">
        <strong>${t.confirmCancel(session.title)}</strong>${r.status === 'waiting' ? ` ${t.confirmCancelWaiting}` : ''}
      </p>
      ${this.cancel === 'failed' ? html`<p class="submit-failure" role="alert">${t.cancelFailed}</p>` : nothing}
      <div class="actions">
        <button type="button" class="danger" aria-busy=${busy ? 'true' : 'false'} @click=${() => void this.confirm(ref, r)}>
          ${busy ? t.cancelling : t.confirmCancelYes}
        </button>
        <button type="button" class="secondary" @click=${() => this.keep()}>${t.confirmCancelNo}</button>
      </div>
    </div>`;
  }

  private ask(): void {
    this.cancel = 'confirming';
    this.focus.focusAfterRender('#confirm-cancel-question');
  }

  private keep(): void {
    this.cancel = 'idle';
    this.focus.focusAfterRender('[part="cancel"]');
  }

  private async confirm(ref: BookingRef, r: Registration): Promise<void> {
    if (this.cancel === 'cancelling') return;
    this.cancel = 'cancelling';
    this.host.requestUpdate();
    try {
      await (await this.o.api()).cancel(ref, { idempotencyKey: this.cancelKey });
    } catch (error) {
      // A retried DELETE whose first attempt went through finds nothing left: it is cancelled.
      if (!isNotFound(error)) {
        this.cancel = 'failed';
        this.o.onCancelFailed(ref);
        this.host.requestUpdate();
        return;
      }
    }
    this.cancel = 'cancelled';
    // The message itself, not the unchanged heading: a screen reader says that the booking is cancelled.
    this.focus.focusAfterRender('.cancelled');
    this.o.onCancelled(ref, r);
  }

  /** True while the booking loads. */
  get pending(): boolean {
    return this.booking.status === TaskStatus.PENDING;
  }
}
