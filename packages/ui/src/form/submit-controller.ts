import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { newIdempotencyKey } from '@npt/api-client';
import { problemKind, type Problem } from '@npt/contract';
import type { FormController } from './form-controller.js';
import type { DraftController } from './draft-controller.js';
import { submitMessages, type SubmitFailureKind, type SubmitMessages } from './submit-messages.js';

export type SubmitStatus = 'idle' | 'pending' | 'success' | 'failed';

export interface SubmitOptions<T, R> {
  /**
   * Sends the checked values, with the draft's Idempotency-Key: typically
   * `(body, o) => api.post('/participations', body, ReceiptSchema, o)` with `@npt/api-client`, which
   * retries network errors and 5xx for a write that carries a key.
   */
  send: (data: T, o: { idempotencyKey: string; signal: AbortSignal }) => Promise<R>;
  /** Gives the draft's key to `send` and clears the draft after a success. */
  draft?: DraftController;
  /** A message of the widget's own for a failure (e.g. a webinar's "full"). */
  message?: (kind: SubmitFailureKind, problem: Problem | undefined) => string | undefined;
  onSuccess?: (result: R) => void;
}

/** The parts of an `@npt/api-client` error the controller reads, duck-typed (two bundles, one page). */
interface ErrorLike {
  kind?: string;
  status?: number;
  problem?: Problem;
}

/** Which failure an error is, for the person. Pure, so that every status is tested without a server. */
export function classifyFailure(error: unknown): { kind: SubmitFailureKind; problem?: Problem } {
  const e = (error ?? {}) as ErrorLike;
  const problem = e.problem;
  const withProblem = (kind: SubmitFailureKind) => (problem ? { kind, problem } : { kind });
  if (e.kind === 'network' || e.kind === 'timeout') return { kind: 'offline' };
  if (e.kind !== 'http' || e.status === undefined) return { kind: 'other' };
  const kind = problemKind(problem);
  if ((e.status === 400 || e.status === 422) && problem?.errors?.length) return withProblem('fields');
  if (kind === 'idempotency-key-reused') return withProblem('key-reused');
  if (kind === 'already-registered') return withProblem('already-registered');
  if (kind === 'webinar-closed') return withProblem('closed');
  if (e.status === 413 || kind === 'payload-too-large') return withProblem('too-large');
  if (e.status === 429 || kind === 'rate-limited') return withProblem('rate-limited');
  if (e.status >= 500 || e.status === 408) return withProblem('server');
  return withProblem('other');
}

/**
 * Submits a form: checks it (the summary takes focus when something is wrong), sends it once with the
 * draft's Idempotency-Key, shows "Envoi en cours…" on a button that stays focusable (`aria-busy`, not
 * `disabled`), and on failure keeps every value, says why in words (never a stack or JSON), puts a
 * 400/422's field errors on the fields and offers "Réessayer" when trying again can help.
 */
export class SubmitController<T, R> implements ReactiveController {
  status: SubmitStatus = 'idle';
  result: R | undefined;
  failure: { kind: SubmitFailureKind; message: string; retry: boolean } | undefined;
  private abort: AbortController | undefined;
  private key = newIdempotencyKey();

  constructor(
    private readonly form: FormController<T>,
    private readonly o: SubmitOptions<T, R>,
  ) {
    form.host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Its messages in the host's language. */
  get messages(): SubmitMessages {
    return submitMessages(this.form.locale, () => this.form.host.requestUpdate());
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  /** The form's submit handler: `@submit=${submit.handle}`. */
  readonly handle = (e?: Event): void => {
    e?.preventDefault();
    void this.submit();
  };

  async submit(): Promise<void> {
    if (this.pending) return; // a second click while sending sends nothing more
    const data = this.form.validate() ? this.form.data : undefined;
    if (data === undefined) return;
    this.status = 'pending';
    this.failure = undefined;
    this.form.announcer.announce(this.messages.sending);
    this.abort = new AbortController();
    // The key goes to storage before the request leaves: a reload while it is out retries the same request.
    this.o.draft?.store.flush();
    try {
      const result = await this.o.send(data, { idempotencyKey: this.o.draft?.key ?? this.key, signal: this.abort.signal });
      this.status = 'success';
      this.result = result;
      this.o.draft?.restart();
      this.key = newIdempotencyKey();
      this.o.onSuccess?.(result);
    } catch (error) {
      // Taken out of the page while sending (a framework moving it): ready to send again when back.
      if ((error as ErrorLike)?.kind === 'aborted') this.status = 'idle';
      else this.fail(error);
    } finally {
      this.form.host.requestUpdate();
    }
  }

  private fail(error: unknown): void {
    const { kind, problem } = classifyFailure(error);
    this.status = 'failed';
    if (kind === 'fields' && problem) {
      const other = this.form.applyProblem(problem);
      // Every field error landed on a field: the summary says it all.
      if (other.length === 0) {
        this.failure = undefined;
        return;
      }
    }
    // The key was used for other values: the next try is a new request.
    if (kind === 'key-reused') {
      if (this.o.draft) this.o.draft.renewKey();
      else this.key = newIdempotencyKey();
    }
    const message = this.o.message?.(kind, problem) ?? this.messages.failure[kind];
    this.failure = { kind, message, retry: kind === 'offline' || kind === 'server' || kind === 'other' || kind === 'rate-limited' };
    this.form.focus.focusAfterRender('.submit-failure');
  }

  /** "Réessayer" goes with the failure it sits in: focus moves to the busy submit button, not to nowhere. */
  private readonly retry = (): void => {
    this.form.focus.focusAfterRender('button.submit');
    void this.submit();
  };

  /** The submit button: busy while sending, never disabled (screen readers would lose it). */
  button(label: string): TemplateResult {
    return html`<button
      type="submit"
      class="submit"
      part="submit"
      aria-busy=${this.pending ? 'true' : 'false'}
      aria-disabled=${this.pending ? 'true' : nothing}
    >
      ${this.pending ? this.messages.sending : label}
    </button>`;
  }

  /** Why it failed, with "Réessayer" when trying again can help; nothing otherwise. */
  renderFailure(): TemplateResult | typeof nothing {
    const f = this.failure;
    if (!f) return nothing;
    return html`<div class="submit-failure" part="submit-failure" role="alert" tabindex="-1">
      <p>${f.message}</p>
      ${f.retry ? html`<button type="button" class="secondary" @click=${this.retry}>${this.messages.retry}</button>` : nothing}
    </div>`;
  }
}
