// freeTextComboboxField: suggestions to pick from, and any other text kept as typed.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ComboboxController } from '../src/form/combobox.js';
import { FormController } from '../src/form/form-controller.js';
import { freeTextComboboxField } from '../src/form/free-text-combobox-field.js';
import { formStyles } from '../src/form.styles.js';
import { themeStyles } from '../src/theme.styles.js';

const TOWNS = [
  { code: '93048', nom: 'Montreuil' },
  { code: '93066', nom: 'Saint-Denis' },
];

class FreeTextHost extends LitElement {
  static override styles = [themeStyles, formStyles];
  readonly form = new FormController(this, { initial: { organisation: '', code: '' } });
  readonly combo = new ComboboxController<(typeof TOWNS)[number]>(this, {
    id: this.form.id('organisation'),
    search: (text) => TOWNS.filter((t) => t.nom.toLowerCase().startsWith(text.trim().toLowerCase())),
    label: (t) => t.nom,
    onPick: (t) => {
      this.form.set('organisation', t.nom);
      this.form.set('code', t.code);
    },
  });
  override render() {
    return html`<form>
      ${freeTextComboboxField(this.form, 'organisation', this.combo, { label: 'Organisation ou commune', listLabel: 'Communes', onFreeText: () => this.form.set('code', '') })}
    </form>`;
  }
}
customElements.define('npt-free-text-host', FreeTextHost);

async function type(el: FreeTextHost, text: string) {
  const input = el.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await el.updateComplete;
  return input;
}

describe('freeTextComboboxField', () => {
  it('keeps free text as the value, a pick sets the option and its code, typing again frees it', async () => {
    const el = await fixture<FreeTextHost>(html`<npt-free-text-host></npt-free-text-host>`);
    await type(el, 'CCAS de Bellerive');
    expect(el.form.values).to.deep.equal({ organisation: 'CCAS de Bellerive', code: '' });
    await type(el, 'Mon');
    (el.shadowRoot!.querySelector('[role="option"]') as HTMLElement).click();
    await el.updateComplete;
    expect(el.form.values).to.deep.equal({ organisation: 'Montreuil', code: '93048' });
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Montreuil');
    await type(el, 'Montreuil-sous-Bois');
    expect(el.form.values).to.deep.equal({ organisation: 'Montreuil-sous-Bois', code: '' });
    await expect(el).to.be.accessible();
  });

  it('after a reset, the same text typed again is the value (the earlier pick is forgotten)', async () => {
    const el = await fixture<FreeTextHost>(html`<npt-free-text-host></npt-free-text-host>`);
    await type(el, 'Mon');
    (el.shadowRoot!.querySelector('[role="option"]') as HTMLElement).click();
    await el.updateComplete;
    el.form.reset();
    await el.updateComplete;
    await type(el, 'Montreuil');
    expect(el.form.values.organisation).to.equal('Montreuil');
  });

  it('shows a value set from outside (a restored draft)', async () => {
    const el = await fixture<FreeTextHost>(html`<npt-free-text-host></npt-free-text-host>`);
    el.form.reset({ organisation: 'Mairie de Bellerive', code: '' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Mairie de Bellerive');
  });
});
