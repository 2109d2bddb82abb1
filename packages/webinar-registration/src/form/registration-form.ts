// The registration form, on the forms foundation: values, errors, draft, idempotent submit and anti-spam
// come from @npt/ui; this file says which fields, in which words, and what a registration sends. A
// separate chunk on the CDN, loaded when a person chooses a session.
import { html, nothing, type TemplateResult } from 'lit';
import {
  RegistrationFieldsSchema,
  ACCESSIBILITY_NEEDS,
  WEBINAR_ROLES,
  type Commune,
  type Registration,
  type RegistrationFields,
  type Webinar,
} from '@npt/contract';
import {
  AntispamController,
  blankAsMissing,
  checkboxField,
  checkboxGroup,
  ComboboxController,
  DraftController,
  FormController,
  freeTextComboboxField,
  radioGroup,
  SubmitController,
  textField,
  type FormHost,
  type SafeParser,
  type Values,
} from '@npt/ui';
import type { WebinarApi } from '../api.js';
import { renderWhen, type SessionContext } from '../sessions/sessions-list.js';
import { joinsWaitingList } from '../sessions/select.js';
import { suggestCommunes } from './communes.js';

export interface Booked {
  webinar: Webinar;
  registration: Registration;
  email: string;
}

export interface RegistrationFormOptions {
  api: () => Promise<WebinarApi>;
  context: () => SessionContext;
  /** The page to come back to for managing the booking (sent to the server for the e-mails). */
  pageUrl: () => string | undefined;
  noticeUrl: () => string;
  onSuccess: (booked: Booked) => void;
  onFailure: (webinar: Webinar, kind: string) => void;
  onBack: () => void;
}

const INITIAL: Values = {
  firstName: '',
  lastName: '',
  email: '',
  organisation: '',
  communeCode: '',
  role: '',
  needs: [],
  needsOther: '',
  consent: false,
};

/** "Other" unticked: its free text is neither checked nor sent. */
const withoutHiddenOther = (v: Values): Values => {
  const needs = v.needs as string[] | undefined;
  return needs?.includes('other') ? v : { ...v, needsOther: '' };
};
const schema: SafeParser<RegistrationFields> = {
  safeParse: (data) => blankAsMissing(RegistrationFieldsSchema).safeParse(withoutHiddenOther(data as Values)),
};

export class RegistrationForm {
  readonly form: FormController<RegistrationFields>;
  readonly draft: DraftController;
  readonly submitter: SubmitController<RegistrationFields, Booked>;
  readonly antispam: AntispamController;
  readonly commune: ComboboxController<Commune>;
  webinar: Webinar | undefined;
  private communes: readonly Commune[] = [];
  private communesRequested = false;

  constructor(
    private readonly host: FormHost,
    private readonly o: RegistrationFormOptions,
  ) {
    this.form = new FormController<RegistrationFields>(host, { initial: INITIAL, schema, idPrefix: 'reg-' });
    // The person's details, not the session: one draft serves every session of the page.
    this.draft = new DraftController(this.form, { form: 'webinar-registration', version: 1 });
    this.antispam = new AntispamController(host);
    this.submitter = new SubmitController<RegistrationFields, Booked>(this.form, {
      draft: this.draft,
      send: async (data, w) => {
        const webinar = this.webinar!;
        const pageUrl = this.o.pageUrl();
        const registration = await (
          await this.o.api()
        ).register(
          webinar.id,
          { ...data, ...(pageUrl ? { pageUrl } : {}), antispam: this.antispam.fields() },
          { idempotencyKey: w.idempotencyKey, signal: w.signal },
        );
        return { webinar, registration, email: data.email };
      },
      message: (kind) => {
        const t = this.o.context().t;
        return kind === 'already-registered' ? t.alreadyRegistered : kind === 'closed' ? t.closedNow : undefined;
      },
      onSuccess: (booked) => {
        this.antispam.restart();
        this.o.onSuccess(booked);
      },
    });
    this.commune = new ComboboxController<Commune>(host, {
      id: this.form.id('organisation'),
      search: (text) => suggestCommunes(this.communes, text),
      label: (c) => c.nom,
      onPick: (c) => {
        this.form.set('organisation', c.nom);
        this.form.set('communeCode', c.code);
      },
      announce: (n) => {
        if (this.commune.text.trim().length >= 2) this.form.announcer.announce(this.o.context().t.communesFound(n));
      },
    });
  }

  /** Shows the form for a session: the fill time starts, the communes load, the heading takes focus. */
  open(webinar: Webinar): void {
    this.webinar = webinar;
    this.submitter.status = 'idle';
    this.submitter.failure = undefined;
    this.antispam.start();
    if (!this.communesRequested) {
      this.communesRequested = true;
      // Without the list (API down for it), free text still works.
      this.o
        .api()
        .then((api) => api.communes())
        .then(
          (list) => {
            this.communes = list;
            // The person may have typed before the list arrived: suggest for what is there.
            const typing = this.host.shadowRoot?.activeElement?.id === this.form.id('organisation');
            if (typing && !this.form.get('communeCode') && this.commune.text.trim().length >= 2) void this.commune.input(this.commune.text);
          },
          () => (this.communesRequested = false),
        );
    }
    this.form.focus.focusAfterRender('#form-title');
  }

  /** The submit handler: sends, then tells the host page when it failed. */
  readonly handle = async (e: Event): Promise<void> => {
    e.preventDefault();
    await this.submitter.submit();
    if (this.submitter.status === 'failed' && this.webinar) this.o.onFailure(this.webinar, this.submitter.failure?.kind ?? 'fields');
  };

  render(): TemplateResult {
    const webinar = this.webinar!;
    const c = this.o.context();
    const t = c.t;
    const f = this.form as FormController<unknown>;
    const waiting = joinsWaitingList(webinar);
    const needs = f.get('needs') as string[];
    return html`<section class="form-view" part="form-view" aria-labelledby="form-title">
      <h3 id="form-title" tabindex="-1">${t.formTitle(webinar.title)}</h3>
      ${renderWhen(webinar, c)} ${waiting ? html`<p class="notice waiting" part="waiting-notice">${t.waitingNotice}</p>` : nothing}
      ${this.draft.notice()} ${f.summary()}
      <form novalidate part="form" @submit=${this.handle}>
        ${this.antispam.honeypot(t.honeypot)}
        <div class="names">
          ${textField(f, 'firstName', { label: t.firstName, required: true, autocomplete: 'given-name' })}
          ${textField(f, 'lastName', { label: t.lastName, required: true, autocomplete: 'family-name' })}
        </div>
        ${textField(f, 'email', { label: t.email, hint: t.emailHint, type: 'email', required: true, autocomplete: 'email' })}
        ${freeTextComboboxField(f, 'organisation', this.commune, {
          label: t.organisation,
          hint: t.organisationHint,
          listLabel: t.communesList,
          required: true,
          // Free text is allowed: what is typed is the organisation, with no commune code.
          onFreeText: () => f.set('communeCode', ''),
        })}
        ${radioGroup(f, 'role', { label: t.role, required: true, message: (issue) => (issue.code === 'required' ? t.roleRequired : undefined), options: WEBINAR_ROLES.map((value) => ({ value, label: t.roles[value] })) })}
        ${checkboxGroup(f, 'needs', { label: t.needs, hint: t.needsHint, options: ACCESSIBILITY_NEEDS.map((value) => ({ value, label: t.needLabels[value] })) })}
        ${needs.includes('other') ? textField(f, 'needsOther', { label: t.needsOther, required: true }) : nothing}
        <div class="essentials" part="essentials">
          <p><strong>${t.essentialsTitle}</strong> ${t.essentials}</p>
          ${this.o.noticeUrl() ? html`<p><a href=${this.o.noticeUrl()} rel="noreferrer">${t.noticeLink}</a></p>` : nothing}
        </div>
        ${checkboxField(f, 'consent', { label: t.consent, required: true })} ${this.submitter.renderFailure()}
        <div class="actions">
          ${this.submitter.button(waiting ? t.submitWaiting : t.submit)}
          <button type="button" class="secondary" @click=${this.o.onBack}>${t.back}</button>
        </div>
      </form>
    </section>`;
  }
}
