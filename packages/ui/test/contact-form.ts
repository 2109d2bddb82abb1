// The README's example widget, used by the foundation's tests: a form with no plumbing of its own.
import { html } from 'lit';
import * as z from 'zod/mini';
import { createApiClient } from '@npt/api-client';
import {
  checkboxField,
  checkboxGroup,
  DraftController,
  FormController,
  formStyles,
  NptElement,
  numberField,
  repeatable,
  SubmitController,
  textareaField,
  textField,
  themeStyles,
} from '../src/index.js';

const Schema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  email: z.email(),
  phone: z.optional(z.string().check(z.regex(/^0\d( ?\d{2}){4}$/))),
  people: z.int().check(z.gte(1)),
  topics: z.array(z.enum(['places', 'equipment'])).check(z.minLength(1)),
  structures: z.array(z.object({ name: z.string().check(z.minLength(1)), siret: z.string().check(z.regex(/^\d{14}$/)) })),
  message: z.optional(z.string().check(z.maxLength(50))),
  consent: z.literal(true),
});
type Contact = z.infer<typeof Schema>;

export class NptContactForm extends NptElement {
  static override styles = [themeStyles, formStyles];
  api = '/v1';

  // Empty fields are '' (text), false (checkbox), [] (groups); `numbers` are read the French way.
  readonly form = new FormController<Contact>(this, {
    initial: { name: '', email: '', phone: '', people: '', topics: [], structures: [], message: '', consent: false },
    schema: Schema,
    numbers: { people: {} },
  });
  readonly draft = new DraftController(this.form, { form: 'contact', version: 1 });
  readonly submitter = new SubmitController(this.form, {
    draft: this.draft,
    send: (body, o) => createApiClient({ baseUrl: this.api, retries: 0 }).post('/contacts', body, z.object({ reference: z.string() }), o),
  });

  override render() {
    const f = this.form;
    if (this.submitter.status === 'success') return html`<p role="status">Reçu : ${this.submitter.result?.reference}</p>`;
    return html`${this.draft.notice()} ${f.summary()}
      <form novalidate @submit=${this.submitter.handle}>
        ${textField(f, 'name', { label: 'Nom', required: true, autocomplete: 'name' })}
        ${textField(f, 'email', { label: 'Adresse e-mail', type: 'email', required: true })}
        ${textField(f, 'phone', { label: 'Téléphone', type: 'tel', hint: 'Facultatif' })}
        ${numberField(f, 'people', { label: 'Personnes accompagnées', required: true })}
        ${checkboxGroup(f, 'topics', {
          label: 'Volets',
          required: true,
          options: [
            { value: 'places', label: 'Lieux' },
            { value: 'equipment', label: 'Équipements' },
          ],
        })}
        ${repeatable(f, 'structures', {
          legend: (i) => `Structure ${i + 1}`,
          empty: () => ({ name: '', siret: '' }),
          item: (i, base) =>
            html`${textField(f, `${base}.name`, { label: `Nom de la structure ${i + 1}`, required: true })}
            ${textField(f, `${base}.siret`, { label: `SIRET de la structure ${i + 1}`, required: true, inputmode: 'numeric' })}`,
          addLabel: 'Ajouter une structure',
          removeLabel: (i) => `Supprimer la structure ${i + 1}`,
          removed: (i) => `Structure ${i + 1} supprimée`,
        })}
        ${textareaField(f, 'message', { label: 'Message', maxLength: 50 })}
        ${checkboxField(f, 'consent', { label: 'J’accepte que la Métropole traite ces données', required: true })}
        ${this.submitter.renderFailure()} ${this.submitter.button('Envoyer')}
      </form>
      ${f.liveRegion()}`;
  }
}
customElements.define('npt-contact-form', NptContactForm);
