// Every piece of the forms foundation in one demonstration element: the "Form pieces" stories show it
// piece by piece, the Chromium tests drive it. Copy from here to build a widget.
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import {
  checkboxField,
  checkboxGroup,
  ComboboxController,
  DraftController,
  comboboxField,
  comboboxStyles,
  FormController,
  formStyles,
  NptElement,
  numberField,
  radioGroup,
  repeatable,
  selectField,
  StepsController,
  textareaField,
  textField,
  themeStyles,
} from '../src/index.js';

interface Commune {
  code: string;
  nom: string;
}
const COMMUNES: Commune[] = [
  { code: '93048', nom: 'Montreuil' },
  { code: '92050', nom: 'Nanterre' },
  { code: '94068', nom: 'Saint-Maur-des-Fossés' },
  { code: '93066', nom: 'Saint-Denis' },
  { code: '75056', nom: 'Paris' },
];

const Schema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  email: z.email(),
  phone: z.optional(z.string().check(z.regex(/^0\d( ?\d{2}){4}$/))),
  communeCode: z.string().check(z.regex(/^\d[\dAB]\d{3}$/)),
  role: z.enum(['elected', 'staff']),
  people: z.int().check(z.gte(1)),
  component: z.enum(['places', 'equipment', 'support']),
  topics: z.array(z.string()).check(z.minLength(1)),
  structures: z.array(z.object({ name: z.string().check(z.minLength(1)) })),
  message: z.optional(z.string().check(z.maxLength(120))),
  consent: z.literal(true),
});

const PIECE_PATHS: Record<Piece, string[]> = {
  text: ['name', 'email', 'phone'],
  number: ['people'],
  textarea: ['message'],
  select: ['role'],
  combobox: ['communeCode'],
  checkbox: ['consent'],
  'checkbox-group': ['topics'],
  'radio-group': ['component'],
  repeatable: ['structures'],
};

export type Piece = 'text' | 'number' | 'textarea' | 'select' | 'combobox' | 'checkbox' | 'checkbox-group' | 'radio-group' | 'repeatable';

export class NptFormPieces extends NptElement {
  static override styles = [themeStyles, formStyles, comboboxStyles];

  /** One piece alone (the stories), or every piece in three steps when empty. */
  @property() piece: Piece | '' = '';

  /** Let the browser's back button step back. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  readonly form = new FormController<z.infer<typeof Schema>>(this, {
    initial: {
      name: '',
      email: '',
      phone: '',
      communeCode: '',
      role: '',
      people: '',
      component: '',
      topics: [],
      structures: [],
      message: '',
      consent: false,
    },
    schema: Schema,
    numbers: { people: {} },
  });

  readonly commune = new ComboboxController<Commune>(this, {
    id: this.form.id('communeCode'),
    search: (text) => {
      const q = text.trim().toLowerCase();
      return q.length < 2 ? [] : COMMUNES.filter((c) => c.nom.toLowerCase().includes(q) || c.code.startsWith(q));
    },
    label: (c) => c.nom,
    onPick: (c) => this.form.set('communeCode', c.code),
    announce: (n) =>
      this.form.announcer.announce(n ? `${n} communes proposées, flèches haut et bas pour choisir` : 'Aucune commune trouvée'),
  });

  // Before the steps: a reload restores the values first, then the step they allow.
  readonly draft = new DraftController(this.form, { form: 'pieces', version: 1 });

  readonly steps = new StepsController(this.form, {
    steps: () => [
      { id: 'contact', title: 'Contact', paths: ['name', 'email', 'phone'] },
      { id: 'commune', title: 'Commune', paths: ['communeCode', 'role', 'people'] },
      { id: 'volets', title: 'Volets', paths: ['component', 'topics', 'structures', 'message', 'consent'] },
    ],
    urlState: () => this.urlState,
  });

  sent = false;

  private renderPiece(piece: Piece) {
    const f = this.form;
    switch (piece) {
      case 'text':
        return html`${textField(f, 'name', { label: 'Nom et prénom', required: true, autocomplete: 'name' })}
        ${textField(f, 'email', { label: 'Adresse e-mail', type: 'email', required: true, hint: 'Par exemple nom@commune.fr' })}
        ${textField(f, 'phone', { label: 'Téléphone', type: 'tel', hint: 'Facultatif. Par exemple 01 23 45 67 89' })}`;
      case 'number':
        return numberField(f, 'people', {
          label: 'Personnes accompagnées par an',
          required: true,
          hint: 'Nombre entier, par exemple 1 200',
        });
      case 'textarea':
        return textareaField(f, 'message', { label: 'Votre message', maxLength: 120 });
      case 'select':
        return selectField(f, 'role', {
          label: 'Votre fonction',
          required: true,
          placeholder: 'Choisissez…',
          options: [
            { value: 'elected', label: 'Élu ou élue' },
            { value: 'staff', label: 'Agent de la commune' },
          ],
        });
      case 'combobox':
        return comboboxField(f, 'communeCode', this.commune, {
          label: 'Commune',
          required: true,
          listLabel: 'Communes proposées',
          hint: 'Tapez au moins deux lettres du nom ou le code postal',
        });
      case 'checkbox':
        return checkboxField(f, 'consent', {
          label: 'J’accepte que la Métropole traite ces données pour répondre à ma demande',
          required: true,
        });
      case 'checkbox-group':
        return checkboxGroup(f, 'topics', {
          label: 'Thèmes qui vous intéressent',
          required: true,
          options: [
            { value: 'admin', label: 'Démarches en ligne' },
            { value: 'mail', label: 'Messagerie', hint: 'Créer et utiliser une adresse e-mail' },
            { value: 'photo', label: 'Photos' },
          ],
        });
      case 'radio-group':
        return radioGroup(f, 'component', {
          label: 'Volet du programme',
          required: true,
          options: [
            { value: 'places', label: 'Lieux' },
            { value: 'equipment', label: 'Équipements' },
            { value: 'support', label: 'Accompagnement' },
          ],
        });
      case 'repeatable':
        return repeatable(f, 'structures', {
          legend: (i) => `Structure ${i + 1}`,
          empty: () => ({ name: '' }),
          item: (i, base) => textField(f, `${base}.name`, { label: `Nom de la structure ${i + 1}`, required: true }),
          addLabel: 'Ajouter une structure',
          removeLabel: (i) => `Supprimer la structure ${i + 1}`,
          removed: (i) => `Structure ${i + 1} supprimée`,
        });
    }
  }

  override render() {
    const f = this.form;
    if (this.sent)
      return html`<h3 tabindex="-1" id="sent">Demande prête à l’envoi</h3>
        ${f.liveRegion()}`;
    if (this.piece) {
      return html`${f.summary()}
        <form novalidate @submit=${(e: Event) => (e.preventDefault(), this.check())}>${this.renderPiece(this.piece)}</form>
        ${f.liveRegion()}`;
    }
    const groups: Piece[][] = [
      ['text'],
      ['combobox', 'select', 'number'],
      ['radio-group', 'checkbox-group', 'repeatable', 'textarea', 'checkbox'],
    ];
    return html`${this.draft.notice()} ${f.summary()} ${this.steps.heading()}
      <form novalidate @submit=${(e: Event) => this.onSubmit(e)}>
        ${groups[this.steps.index].map((p) => this.renderPiece(p))}
        <div class="actions">
          <button type="submit">${this.steps.isLast ? 'Envoyer' : f.messages.next}</button>
          ${this.steps.index > 0 ? html`<button type="button" class="secondary" @click=${() => this.steps.back()}>${f.messages.previous}</button>` : nothing}
        </div>
      </form>
      ${f.liveRegion()}`;
  }

  private onSubmit(e: Event) {
    e.preventDefault();
    if (!this.steps.isLast) return void this.steps.next();
    if (!this.form.validate()) return;
    this.sent = true;
    this.form.focus.focusAfterRender('#sent');
  }

  /** Shows the piece's errors as after a failed submit (the stories' "with errors" state). */
  check(): boolean {
    return this.form.validate(this.piece ? PIECE_PATHS[this.piece] : undefined);
  }
}
customElements.define('npt-form-pieces', NptFormPieces);

declare global {
  interface HTMLElementTagNameMap {
    'npt-form-pieces': NptFormPieces;
  }
}
