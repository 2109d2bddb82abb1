import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DEFAULT_FUNDING_RULES,
  hasSimulation,
  type CommuneRef,
  type FundingRules,
  type ParticipationReceipt,
  type ParticipationRequest,
} from '@npt/contract';
import {
  ComboboxController,
  DraftController,
  FormController,
  formStyles,
  NptElement,
  StepsController,
  SubmitController,
  themeStyles,
  TranslationController,
} from '@npt/ui';
import type { AntispamController } from '@npt/ui';
import { communeLabel, matchCommunes } from './communes.js';
import { NptStepChangeEvent, NptSubmitErrorEvent, NptSubmitSuccessEvent } from './events.js';
import { participationStyles } from './npt-participation-form.styles.js';
import { initialValues, STEP_PATHS, stepIds, stepOfPath, withSimulation, type StepId } from './request.js';
import { renderCommentsStep } from './steps/comments.js';
import { renderCommuneStep } from './steps/commune.js';
import { renderComponentsStep } from './steps/components.js';
import { renderContactStep } from './steps/contact.js';
import { fr } from './translations/fr.js';
import type { ParticipationStrings } from './translations/strings.js';
import type { FormView } from './view.js';
import type * as LaterSteps from './steps/later.js';
import type * as Validation from './validation.js';
import { VERSION } from './generated/version.js';

const YEARS = DEFAULT_FUNDING_RULES.years.map((y) => y.year);
/** A code INSEE (the contract's pattern lives beside its schemas, which load apart). */
const INSEE = /^\d[\dAB]\d{3}$/;

type Later = typeof LaterSteps;

const STEP_RENDERERS: Record<StepId, (v: FormView, later: Later | undefined) => unknown> = {
  commune: renderCommuneStep,
  contact: renderContactStep,
  components: renderComponentsStep,
  support: (v, later) => later?.renderSupportStep(v),
  project: (v, later) => later?.renderProjectStep(v),
  comments: renderCommentsStep,
  review: (v, later) => later?.renderReviewStep(v),
};

/**
 * @tagname npt-participation-form
 * @summary A commune applies to join "Numérique pour tous": steps, a draft kept as the person types, one application per submission whatever the network does.
 *
 * @fires npt-submit-success - The application was received; `detail` is the receipt (`reference`, `receivedAt`).
 * @fires npt-submit-error - Sending failed, what was typed is kept; `detail.kind` says why (`fields`, `offline`, `server`, `rate-limited`…).
 * @fires npt-step-change - Another step is shown; `detail.index` (0-based) and `detail.name` (`commune`, `contact`, `components`, `support`, `project`, `comments`, `review`).
 *
 * @csspart form - The form of the current step.
 * @csspart progress - The progress indicator (an ordered list of the steps).
 * @csspart step-heading - "Étape 2 sur 6 : …", focused on every step change.
 * @csspart field - Each labelled field; `label`, `hint` and `error` inside it.
 * @csspart error-summary - The list of fields to correct.
 * @csspart estimate - The live funding estimate and project grant.
 * @csspart summary - The answers on the review step and on the receipt.
 * @csspart privacy - The essentials of the data-protection notice.
 * @csspart submit - The submit button.
 * @csspart success - The receipt: reference, summary, print button.
 *
 * @cssprop [--npt-color-primary=#000091] Buttons, links, the current step.
 * @cssprop [--npt-color-error=#ce0500] Errors.
 * @cssprop [--npt-font-family=Marianne, system-ui, sans-serif] Text font.
 */
export class NptParticipationForm extends NptElement implements FormView {
  static version = VERSION;
  static override styles = [themeStyles, formStyles, participationStyles];

  /** Base URL of the programme's API (for example `https://api.example.fr/v1`), or from an enclosing `<npt-config api>`; `/v1` of the page's origin without either. */
  @property({ attribute: 'api' }) api = '';

  /** Code INSEE of the applying commune, preset (for example `93066`); the person can still change it. */
  @property({ attribute: 'commune' }) commune = '';

  /** URL of the full data-protection notice; its essentials are always shown before the submit button. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /** Keep the step number out of the page URL (the browser's back button then leaves the page). */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;

  /** Ask for an ALTCHA proof of work (when the server has `ALTCHA_HMAC_KEY`): loads the `altcha` widget on the last step. */
  @property({ type: Boolean, attribute: 'altcha' }) altcha = false;

  @state() private loadedCommunes: readonly CommuneRef[] = [];
  @state() private loadedRules: FundingRules = DEFAULT_FUNDING_RULES;
  @state() private sent: { receipt: ParticipationReceipt; values: Record<string, unknown> } | undefined;
  @state() private altchaPayload: string | undefined;
  /** "Continuer" or "Envoyer" was pressed on this step: the error summary shows (inline errors show on blur). */
  @state() private attempted = false;

  /** The communes offered: the API's, or the bundled list when it cannot answer (read-only for the steps and tests). */
  get communes(): readonly CommuneRef[] {
    return this.loadedCommunes;
  }

  /** The funding rules in force: the API's, or the bundled defaults. */
  get rules(): FundingRules {
    return this.loadedRules;
  }

  fromSimulator = false;
  private pendingValues: Record<string, unknown> | undefined;
  private lastStep = -1;

  private validation: typeof Validation | undefined;
  /** The schemas' chunk; undefined when it could not load (offline): the server still checks everything. */
  private readonly validationReady = import('./validation.js').then(
    (m) => {
      this.validation = m;
      // Check what may already have been typed or restored.
      this.form.set('consent', this.form.get('consent'));
      return m;
    },
    () => undefined,
  );

  private later: Later | undefined;
  /**
   * Honeypot and fill time, from the later chunk (the first file stays small; it loads as the form
   * connects, so the clock starts within milliseconds of the display). The clock is kept with the draft:
   * a retry after a reload sends the same body.
   */
  private antispam: AntispamController | undefined;
  /** The later steps' chunk (support, project, review and receipt). */
  private readonly laterReady = import('./steps/later.js').then(
    (m) => {
      this.later = m;
      this.antispam = new m.AntispamController(this, { draft: this.draft });
      this.antispam.start();
      this.requestUpdate();
      return m;
    },
    () => undefined,
  );

  private readonly strings = new TranslationController<ParticipationStrings>(this, fr, {
    en: () => import('./translations/en.js').then((m) => m.en),
  });

  get t(): ParticipationStrings {
    return this.strings.t;
  }

  /** Resolves once the strings of the current language are loaded (English is a separate chunk). */
  get translationsReady(): Promise<void> {
    return this.strings.ready();
  }

  readonly form = new FormController<ParticipationRequest>(this, {
    initial: initialValues(YEARS),
    schema: () => this.validation?.formSchema,
    numbers: { 'expectedPeople.*': {}, projectCost: {}, 'structures.*.peoplePerYear': {} },
  });

  readonly draft = new DraftController(this.form, { form: 'npt-participation', version: 1 });

  readonly steps = new StepsController(this.form, {
    steps: () => stepIds(this.form.values).map((id) => ({ id, title: this.t.steps[id], paths: STEP_PATHS[id] })),
    urlState: () => !this.noUrlState,
  });

  readonly submitter = new SubmitController(this.form, {
    draft: this.draft,
    send: async (data, o) => {
      const { antispam, ...request } = data;
      void antispam;
      this.pendingValues = this.form.values;
      const body = {
        ...request,
        antispam: { ...(this.antispam?.fields() ?? { fillMs: 0 }), ...(this.altchaPayload ? { altcha: this.altchaPayload } : {}) },
      };
      const m = await this.validationReady;
      // Without the chunk (offline since the page loaded) there is nothing to send with: "offline".
      if (!m) throw Object.assign(new Error('offline'), { kind: 'network' });
      return m.participationApi(this.baseUrl).submit(body, o);
    },
    onSuccess: (receipt) => {
      this.sent = { receipt, values: this.pendingValues ?? {} };
      this.antispam?.restart();
      this.form.focus.focusAfterRender('#success-title');
      this.dispatchEvent(new NptSubmitSuccessEvent(receipt));
    },
  });

  readonly communeCombo = new ComboboxController<CommuneRef>(this, {
    id: this.form.id('communeCode'),
    search: (text) => {
      // Typing again un-picks the commune: what is sent is always a commune chosen from the list.
      if (this.form.get('communeCode')) this.form.set('communeCode', '');
      return matchCommunes(text, this.communes);
    },
    label: communeLabel,
    onPick: (c) => {
      this.form.set('communeCode', c.code);
      this.form.blur('communeCode');
    },
    announce: (n) => this.form.announcer.announce(this.t.communesFound(n)),
  });

  private get baseUrl(): string {
    return this.apiBase(this.api) || '/v1';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.antispam?.start();
  }

  /**
   * The preset commune, the simulator's figures and the reference data. Done at the first update, not on
   * connection: `commune` and `api` set as properties before the tag was defined are only applied by Lit then.
   */
  private start(): void {
    let values = this.form.values;
    if (this.commune && !values.communeCode && INSEE.test(this.commune)) values = { ...values, communeCode: this.commune };
    this.fromSimulator = hasSimulation(new URLSearchParams(location.search));
    values = withSimulation(values, location.search, YEARS);
    if (JSON.stringify(values) !== JSON.stringify(this.form.values)) {
      const restored = this.draft.restoredAt;
      this.form.reset(values);
      this.draft.restoredAt = restored;
    }
    void this.loadReference();
  }

  /** The communes and funding rules of the API; the bundled ones when it cannot answer. */
  private async loadReference(): Promise<void> {
    const m = await this.validationReady;
    const api = m?.participationApi(this.baseUrl);
    const [communes, rules] = api ? await Promise.allSettled([api.communes(), api.rules()]) : [];
    if (communes?.status === 'fulfilled' && communes.value.length) this.loadedCommunes = communes.value;
    else this.loadedCommunes = (await import('./bundled-communes.js')).mgpCommunes();
    // Typed before the list arrived: search again.
    if (this.communeCombo.text && !this.form.get('communeCode')) void this.communeCombo.input(this.communeCombo.text);
    if (rules?.status === 'fulfilled') this.loadedRules = rules.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.start();
    // The combobox shows the chosen commune (a restored draft, the `commune` attribute).
    const code = this.form.get('communeCode');
    const chosen = code ? this.communes.find((c) => c.code === code) : undefined;
    if (chosen && !this.communeCombo.text) this.communeCombo.text = communeLabel(chosen);
    if (this.steps.index >= this.steps.steps.length) this.steps.index = this.steps.steps.length - 1;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.sent && this.steps.index !== this.lastStep) {
      this.attempted = false;
      if (this.lastStep >= 0) this.dispatchEvent(new NptStepChangeEvent({ index: this.steps.index, name: this.steps.current.id }));
      this.lastStep = this.steps.index;
      if (this.steps.current.id === 'review' && this.altcha) void this.loadAltcha();
    }
  }

  override render() {
    const t = this.t;
    if (this.sent) return this.renderSuccess();
    const steps = this.steps.steps;
    return html`
      <h2 class="title">${t.title}</h2>
      <p class="intro">${t.intro}</p>
      <div
        @click=${(e: Event) => {
          // "Recommencer" empties the form (the draft controller's button): back to the first step too.
          if (!(e.target as Element).closest('button')) return;
          this.communeCombo.text = '';
          this.steps.go(0);
        }}
      >
        ${this.draft.notice()}
      </div>
      <ol class="progress no-print" part="progress">
        ${steps.map(
          (s, i) =>
            html`<li
              class=${i === this.steps.index ? 'current' : i < this.steps.index ? 'done' : ''}
              aria-current=${i === this.steps.index ? 'step' : nothing}
            >
              ${s.title}
            </li>`,
        )}
      </ol>
      ${this.steps.heading()} ${this.attempted || this.form.submitted ? this.form.summary() : nothing}
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${STEP_RENDERERS[this.steps.current.id as StepId](this, this.later)}
        ${this.steps.current.id === 'review' ? this.renderAntispam() : nothing} ${this.submitter.renderFailure()}
        <!-- Pressing a button here keeps focus in the field: leaving it would draw its inline error before
             the release, moving the button from under the pointer and losing the click. The step's
             summary shows the errors instead, and focus moves to it or to the next step's heading. -->
        <div class="nav" @mousedown=${(e: MouseEvent) => (e.target as Element).closest('button') && e.preventDefault()}>
          ${this.steps.isLast ? this.submitter.button(t.submit) : html`<button type="submit" class="submit" part="submit">${this.form.messages.next}</button>`}
          ${this.steps.index > 0 ? html`<button type="button" class="secondary" @click=${() => this.steps.back()}>${this.form.messages.previous}</button>` : nothing}
        </div>
      </form>
      ${this.form.liveRegion()}
    `;
  }

  /** The honeypot (hidden from people and assistive technologies) and, when asked, the ALTCHA widget. */
  private renderAntispam() {
    return html`${this.antispam?.honeypot(this.t.honeypot)}
    ${
      this.altcha
        ? html`<altcha-widget
            challenge="${this.baseUrl}/antispam/challenge"
            language=${this.locale}
            @statechange=${(e: CustomEvent<{ state: string; payload?: string }>) => (this.altchaPayload = e.detail.state === 'verified' ? e.detail.payload : undefined)}
          ></altcha-widget>`
        : nothing
    }`;
  }

  private renderSuccess() {
    const { receipt, values } = this.sent!;
    const t = this.t;
    const date = new Intl.DateTimeFormat(this.locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(receipt.receivedAt),
    );
    return html`<section class="success" part="success" aria-labelledby="success-title">
        <h2 id="success-title" class="title" tabindex="-1">${t.successTitle}</h2>
        <p class="reference-line">${t.successReference} : <strong class="reference">${receipt.reference}</strong></p>
        <p>${t.successReceived(date)}</p>
        <p>${t.successEmail(typeof values.email === 'string' ? values.email : '')}</p>
        <button type="button" class="secondary no-print" @click=${() => window.print()}>${t.print}</button>
        <h3>${t.summaryTitle}</h3>
        ${this.later?.renderSummary(this, values)}
      </section>
      ${this.form.liveRegion()}`;
  }

  private readonly onSubmit = async (e: Event) => {
    e.preventDefault();
    await Promise.all([this.validationReady, this.laterReady]);
    this.attempted = true;
    if (!this.steps.isLast) {
      this.steps.next();
      return;
    }
    await this.submitter.submit();
    if (this.submitter.status === 'success') return;
    if (this.submitter.status === 'failed') this.dispatchEvent(new NptSubmitErrorEvent({ kind: this.submitter.failure?.kind ?? 'fields' }));
    this.showFirstError();
  };

  /** A field to correct on another step (the server refused it): go there, the summary taking focus. */
  private showFirstError(): void {
    const ids = this.steps.steps.map((s) => s.id as StepId);
    const paths = Object.keys(this.form.issues);
    if (!paths.length) return;
    const index = Math.min(...paths.map((p) => stepOfPath(p, ids)));
    if (index !== this.steps.index) {
      this.steps.go(index);
      this.form.focus.focusAfterRender(`#${this.form.id('error-summary')}`);
    }
  }

  private async loadAltcha(): Promise<void> {
    const later = await this.laterReady;
    if (later && this.shadowRoot) await later.loadAltcha(this.shadowRoot);
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'npt-participation-form': NptParticipationForm;
  }
}
