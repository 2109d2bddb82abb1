import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DraftStore } from './draft-store.js';

/** What a public form sends in its body's `antispam` (the contract's AntispamSchema, minus ALTCHA). */
export interface AntispamFields {
  website?: string;
  fillMs: number;
}

/** The clock kept with a draft: when the form was first shown, and the fill time once measured. */
interface Timing {
  startedAt: number;
  fillMs?: number;
}

/** The draft an anti-spam clock is kept with (a DraftController): its store and current Idempotency-Key. */
export interface AntispamDraft {
  readonly key: string;
  readonly store: Pick<DraftStore<unknown>, 'beside'>;
}

export interface AntispamOptions {
  now?: () => number;
  /**
   * Keep the clock with this draft, in its storage: a reload neither restarts the fill time nor measures
   * it again, so a retry of the same draft key after a reload sends the very body the server stored.
   */
  draft?: AntispamDraft;
}

/**
 * The anti-spam fields of a public form, without tracking anyone: a honeypot input people never see
 * (nor hear: it is `aria-hidden` and out of the tab order) and the time between the form's display and
 * its first submit. That time is measured once per Idempotency-Key, so a retry of the same submission
 * sends the same body (an Idempotency-Key replay must match it).
 */
export class AntispamController implements ReactiveController {
  private timing: Timing | undefined;
  /** The draft key the fill time was measured for (a renewed key measures again). */
  private measuredFor: string | undefined;
  private website = '';
  private readonly now: () => number;
  private readonly draft: AntispamDraft | undefined;
  private readonly saved: DraftStore<Timing> | undefined;

  constructor(host: ReactiveControllerHost, options: AntispamOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.draft = options.draft;
    this.saved = options.draft?.store.beside<Timing>('antispam');
    host.addController(this);
  }

  hostConnected(): void {}

  /** The form is on screen from now (when it was not already, nor in the draft): call it when the form view opens. */
  start(): void {
    if (!this.timing && this.saved) {
      const kept = this.saved.load();
      if (kept && typeof kept.values.startedAt === 'number') {
        this.timing = { startedAt: kept.values.startedAt, fillMs: kept.values.fillMs };
        this.measuredFor = kept.key;
      }
    }
    if (!this.timing) this.keep({ startedAt: this.now() });
  }

  /** A new submission starts (after a success, or "another session"): the clock and honeypot start again. */
  restart(): void {
    this.website = '';
    this.keep({ startedAt: this.now() });
  }

  /** The fields to send: the fill time is fixed at the first call for a draft key, so retries send the same. */
  fields(): AntispamFields {
    this.start();
    const timing = this.timing!;
    if (timing.fillMs === undefined || this.measuredFor !== this.draft?.key) {
      this.keep({ startedAt: timing.startedAt, fillMs: Math.max(0, Math.round(this.now() - timing.startedAt)) });
    }
    const fillMs = this.timing!.fillMs!;
    return this.website ? { website: this.website, fillMs } : { fillMs };
  }

  private keep(timing: Timing): void {
    this.timing = timing;
    this.measuredFor = this.draft?.key;
    this.saved?.save(timing, this.draft?.key ?? '');
  }

  /**
   * The honeypot: render it inside the `<form>`. Off-screen rather than `display: none` (some robots skip
   * hidden inputs); `aria-hidden` and `tabindex="-1"` keep it away from people and assistive technologies.
   */
  honeypot(label: string, name = 'website'): TemplateResult {
    return html`<div class="visually-hidden" aria-hidden="true">
      <label
        >${label}
        <input
          type="text"
          name=${name}
          tabindex="-1"
          autocomplete="off"
          @input=${(e: Event) => (this.website = (e.target as HTMLInputElement).value)}
        />
      </label>
    </div>`;
  }
}
