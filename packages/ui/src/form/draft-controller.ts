import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { newIdempotencyKey } from '@npt/api-client';
import type { FormController } from './form-controller.js';
import { DraftStore, type DraftStoreOptions } from './draft-store.js';
import type { Values } from './paths.js';

const MESSAGES = {
  fr: {
    restored: (date: string) => `Nous avons repris les informations que vous aviez saisies le ${date} sur cet appareil.`,
    restart: 'Recommencer',
  },
  en: {
    restored: (date: string) => `We restored what you had entered on ${date} on this device.`,
    restart: 'Start again',
  },
};

/**
 * Keeps a form's values in a draft as the person types, restores them on the next visit with a notice
 * and a "Recommencer" button, and holds the draft's Idempotency-Key (the submit controller sends it).
 */
export class DraftController implements ReactiveController {
  readonly store: DraftStore<Values>;
  /** The Idempotency-Key of this draft: the same across reloads until the draft is sent or restarted. */
  key: string;
  /** When the shown values came from a saved draft: its date, for the notice. */
  restoredAt: number | undefined;
  private unsubscribe?: () => void;

  constructor(
    private readonly form: FormController<unknown>,
    options: DraftStoreOptions,
  ) {
    this.store = new DraftStore(options);
    this.key = newIdempotencyKey();
    form.host.addController(this);
  }

  hostConnected(): void {
    const draft = this.store.load();
    if (draft) {
      this.key = draft.key;
      this.form.reset(draft.values);
      if (this.form.dirty) this.restoredAt = draft.savedAt;
    }
    this.unsubscribe = this.form.onChange((values) => this.store.saveSoon(values, this.key));
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    removeEventListener('pagehide', this.flush);
    this.flush();
  }

  /** Leaving the page (a reload does not disconnect the widget) or the widget removed: what was typed in the last moments is written now. */
  private readonly flush = () => this.store.flush();

  /** Renews the key after the server refused it for other values (409 idempotency-key-reused). */
  renewKey(): void {
    this.key = newIdempotencyKey();
    this.store.save(this.form.values, this.key);
  }

  /** Empties the form and forgets the draft ("Recommencer", or after a successful submit). */
  restart(): void {
    this.store.clear();
    this.key = newIdempotencyKey();
    this.restoredAt = undefined;
    this.form.reset();
    this.store.clear(); // reset() notified the listener, which scheduled a save of the empty form
  }

  /** "We restored what you had entered on …" with the restart button; nothing when not restored. */
  notice(): TemplateResult | typeof nothing {
    if (this.restoredAt === undefined) return nothing;
    const m = MESSAGES[this.form.locale];
    const date = new Intl.DateTimeFormat(this.form.locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(
      this.restoredAt,
    );
    return html`<div class="draft-notice" part="draft-notice" role="status">
      <p>${m.restored(date)}</p>
      <button
        type="button"
        class="secondary"
        @click=${() => {
          this.restart();
          this.form.focus.focusAfterRender(() =>
            this.form.host.shadowRoot?.querySelector<HTMLElement>('form :is(input, select, textarea)'),
          );
        }}
      >
        ${m.restart}
      </button>
    </div>`;
  }
}
