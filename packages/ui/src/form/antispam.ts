import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What a public form sends in its body's `antispam` (the contract's AntispamSchema, minus ALTCHA). */
export interface AntispamFields {
  website?: string;
  fillMs: number;
}

/**
 * The anti-spam fields of a public form, without tracking anyone: a honeypot input people never see
 * (nor hear: it is `aria-hidden` and out of the tab order) and the time between the form's display and
 * its first submit. That time is measured once, so a retry of the same submission sends the same body
 * (an Idempotency-Key replay must match it).
 */
export class AntispamController implements ReactiveController {
  private shownAt: number | undefined;
  private measured: number | undefined;
  private website = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly now: () => number = () => Date.now(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The form is on screen from now (when it was not already): call it when the form view opens. */
  start(): void {
    this.shownAt ??= this.now();
  }

  /** A new submission starts (after a success, or "another session"): the clock and honeypot start again. */
  restart(): void {
    this.shownAt = this.now();
    this.measured = undefined;
    this.website = '';
  }

  /** The fields to send: the fill time is fixed at the first call, so retries send the same. */
  fields(): AntispamFields {
    this.start();
    this.measured ??= Math.max(0, Math.round(this.now() - this.shownAt!));
    return this.website ? { website: this.website, fillMs: this.measured } : { fillMs: this.measured };
  }

  /**
   * The honeypot: render it inside the `<form>`. Off-screen rather than `display: none` (some robots skip
   * hidden inputs); `aria-hidden` and `tabindex="-1"` keep it away from people and assistive technologies.
   */
  honeypot(label: string, name = 'website'): TemplateResult {
    return html`<div class="visually-hidden" aria-hidden="true">
      <label
        >${label}
        <input type="text" name=${name} tabindex="-1" autocomplete="off" @input=${(e: Event) => (this.website = (e.target as HTMLInputElement).value)} />
      </label>
    </div>`;
  }
}
