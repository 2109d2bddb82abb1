import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NptFormPieces, Piece } from './form-pieces.js';
import './form-pieces.js';
import { expectEqualAccess } from '../../testing/src/equal-access.js';
import { $, active, nb, type } from './form-dom.js';

const live = (el: Element) => nb($(el, '.visually-hidden[aria-live="polite"]').textContent);

const next = async (el: NptFormPieces) => {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
};

describe('form pieces: steps', () => {
  beforeEach(() => localStorage.clear());

  it('checks each step before the next, moves focus to the step heading, and back keeps the values', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces lang="fr"></npt-form-pieces>`);
    expect(nb($(el, '.step-heading').textContent)).to.equal('Étape 1 sur 3 : Contact');
    await next(el);
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'summary focused');
    expect(nb($(el, '.step-heading').textContent)).to.equal('Étape 1 sur 3 : Contact');
    expect(el.shadowRoot!.querySelectorAll('.error-summary li')).to.have.length(2);
    await expect(el).to.be.accessible();
    await type(el, '#name', 'Awa Diallo');
    await type(el, '#email', 'awa@ville.fr');
    await next(el);
    await waitUntil(() => active(el)?.classList.contains('step-heading'), 'heading focused');
    expect(nb(active(el)!.textContent)).to.equal('Étape 2 sur 3 : Commune');
    expect(el.shadowRoot!.querySelector('.error-summary'), 'no error left on screen').to.equal(null);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button.secondary').click();
    await waitUntil(() => nb(active(el)?.textContent) === 'Étape 1 sur 3 : Contact', 'back: heading focused');
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Awa Diallo');
  });

  it('the browser’s back button goes to the previous step when URL state is allowed; only the step number is in the URL', async () => {
    const before = location.href;
    try {
      const el = await fixture<NptFormPieces>(html`<npt-form-pieces url-state></npt-form-pieces>`);
      await type(el, '#name', 'Awa Diallo');
      await type(el, '#email', 'awa@ville.fr');
      await next(el);
      await waitUntil(() => el.steps.index === 1);
      expect(new URL(location.href).searchParams.get('step')).to.equal('2');
      expect(location.href).not.to.contain('awa');
      history.back();
      await waitUntil(() => el.steps.index === 0, 'back to step 1');
      await waitUntil(() => active(el)?.classList.contains('step-heading'));
      expect($<HTMLInputElement>(el, '#email').value).to.equal('awa@ville.fr');
    } finally {
      history.replaceState(null, '', before);
    }
  });
  it('back to an earlier step, the summary lists only what is on screen: every link lands on a field', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces></npt-form-pieces>`);
    await type(el, '#name', 'Awa Diallo');
    await type(el, '#email', 'awa@ville.fr');
    await next(el);
    await waitUntil(() => active(el)?.classList.contains('step-heading'));
    (await type(el, '#people', 'douze')).blur(); // left in error on step 2
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#people-error')).not.to.equal(null);
    $<HTMLButtonElement>(el, 'button.secondary').click();
    await waitUntil(() => nb(active(el)?.textContent) === 'Étape 1 sur 3 : Contact');
    await type(el, '#email', 'awa');
    $<HTMLInputElement>(el, '#email').blur();
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#email']);
    expect(el.shadowRoot!.querySelectorAll('.error-summary li')).to.have.length(1);
  });

  it('a form that refuses to submit says why even when the field in error is not drawn (a hidden question)', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces piece="text"></npt-form-pieces>`);
    await type(el, '#name', 'Awa Diallo');
    await type(el, '#email', 'awa@ville.fr');
    el.form.field('people', { label: 'Personnes accompagnées' }); // drawn once, as a question now hidden
    el.form.validate(); // the whole form, as a submit checks it
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'summary focused');
    expect(el.shadowRoot!.querySelectorAll('.error-summary li').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('.error-summary a'), 'no link to a field not on screen').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('without URL state, the host page’s own history moves (its router, its back button) leave the step alone', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces></npt-form-pieces>`);
    await type(el, '#name', 'Awa Diallo');
    await type(el, '#email', 'awa@ville.fr');
    await next(el);
    await waitUntil(() => active(el)?.classList.contains('step-heading'));
    $<HTMLInputElement>(el, '#commune-code').focus();
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    await el.updateComplete;
    expect(nb($(el, '.step-heading').textContent)).to.equal('Étape 2 sur 3 : Commune');
    expect(active(el)?.id, 'focus stays where the person is').to.equal('commune-code');
  });

  it('a server error on a field of an earlier step brings that step back, its summary focused', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces></npt-form-pieces>`);
    await type(el, '#name', 'Awa Diallo');
    await type(el, '#email', 'awa@ville.fr');
    await next(el);
    await waitUntil(() => el.steps.index === 1);
    el.form.applyProblem({ errors: [{ path: 'email', message: 'Invalid email address' }] });
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'summary focused');
    expect(el.steps.index).to.equal(0);
    expect(nb($(el, '#email-error').textContent)).to.equal('« Adresse e-mail » n’a pas été accepté : vérifiez la saisie.');
    $<HTMLAnchorElement>(el, '.error-summary a').click();
    expect(active(el)?.id).to.equal('email');
  });

  it('an error on a whole group or the whole body shows on its first field, never nowhere', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces></npt-form-pieces>`);
    await type(el, '#name', 'Awa Diallo');
    await type(el, '#email', 'awa@ville.fr');
    el.form.applyProblem({ errors: [{ path: '', message: 'Name and e-mail must differ' }] });
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'summary focused');
    expect(nb($(el, '#name-error').textContent)).to.equal('« Nom et prénom » n’a pas été accepté : vérifiez la saisie.');
  });

  it('a reload on "?step=2" stays on step 2 when step 1 is complete (values from the draft), else starts at step 1', async () => {
    const before = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?step=2`);
      const empty = await fixture<NptFormPieces>(html`<npt-form-pieces url-state></npt-form-pieces>`);
      expect(nb($(empty, '.step-heading').textContent)).to.equal('Étape 1 sur 3 : Contact');
      expect(new URL(location.href).searchParams.has('step'), 'the URL says step 1').to.equal(false);
      await type(empty, '#name', 'Awa Diallo');
      await type(empty, '#email', 'awa@ville.fr');
      empty.remove(); // the draft is written as the form leaves
      history.replaceState(null, '', `${location.pathname}?step=2`);
      const el = await fixture<NptFormPieces>(html`<npt-form-pieces url-state></npt-form-pieces>`);
      expect(nb($(el, '.step-heading').textContent)).to.equal('Étape 2 sur 3 : Commune');
      expect(nb($(el, '.draft-notice').textContent)).to.contain('Nous avons repris');
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', before);
    }
  });
});

describe('form pieces: combobox (ARIA 1.2)', () => {
  beforeEach(() => localStorage.clear());

  it('offers, announces, moves with the arrows, picks with Enter, closes with Escape', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces piece="combobox"></npt-form-pieces>`);
    const input = $<HTMLInputElement>(el, '#commune-code');
    expect(input.getAttribute('role')).to.equal('combobox');
    input.focus();
    await sendKeys({ type: 'sai' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'list open');
    const options = [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => nb(o.textContent));
    expect(options).to.deep.equal(['Saint-Maur-des-Fossés', 'Saint-Denis']);
    expect(live(el)).to.equal('2 communes proposées, flèches haut et bas pour choisir');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('commune-code-option-1');
    expect($(el, '#commune-code-option-1').getAttribute('aria-selected')).to.equal('true');
    expect(active(el)).to.equal(input);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.value).to.equal('Saint-Denis');
    expect(el.form.get('communeCode')).to.equal('93066');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ type: 'x' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true' || live(el) === 'Aucune commune trouvée');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const said = live(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value, 'a second Escape clears the text').to.equal('');
    expect(live(el), 'and announces nothing more').to.equal(said);
  });

  it('typing after a pick empties the value; leaving on a text naming one option picks it', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces piece="combobox"></npt-form-pieces>`);
    const input = await type(el, '#commune-code', 'montreuil');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="option"]'));
    input.blur();
    await el.updateComplete;
    expect(el.form.get('communeCode')).to.equal('93048');
    expect(input.value).to.equal('Montreuil');
    await type(el, '#commune-code', 'Montreui');
    expect(el.form.get('communeCode'), 'no longer the option picked').to.equal('');
    await type(el, '#commune-code', 'sai');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length === 2);
    input.blur();
    await el.updateComplete;
    expect(el.form.get('communeCode'), 'a partial text picks nothing').to.equal('');
    expect(nb($(el, '#commune-code-error').textContent)).to.equal('Renseignez « Commune ».');
  });

  it('a click on an option picks it without taking focus from the input', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces piece="combobox"></npt-form-pieces>`);
    await type(el, '#commune-code', 'nan');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="option"]'));
    $(el, '[role="option"]').dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    $(el, '[role="option"]').click();
    await el.updateComplete;
    expect(el.form.get('communeCode')).to.equal('92050');
    expect(active(el)?.id).to.equal('commune-code');
  });
});

describe('form pieces: select, radio and checkbox groups', () => {
  beforeEach(() => localStorage.clear());

  it('radio buttons move with the arrow keys in their fieldset; the summary link lands on the first', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces piece="radio-group"></npt-form-pieces>`);
    el.check();
    await waitUntil(() => active(el)?.classList.contains('error-summary'));
    expect(nb($(el, 'fieldset legend').textContent)).to.contain('Volet du programme');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.contain('component-error');
    $<HTMLAnchorElement>(el, '.error-summary a').click();
    expect(active(el)?.id).to.equal('component');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.form.get('component')).to.equal('equipment');
    expect(el.shadowRoot!.querySelector('#component-error'), 'error gone once answered').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a select sets its value on change and marks its error on the control', async () => {
    const el = await fixture<NptFormPieces>(html`<npt-form-pieces piece="select"></npt-form-pieces>`);
    el.check();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#role');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(nb($(el, '#role-error').textContent)).to.equal('Renseignez « Votre fonction ».');
    select.value = 'staff';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.form.get('role')).to.equal('staff');
    expect(select.hasAttribute('aria-invalid')).to.equal(false);
  });

  for (const piece of [
    'text',
    'number',
    'textarea',
    'select',
    'combobox',
    'checkbox',
    'checkbox-group',
    'radio-group',
    'repeatable',
  ] as Piece[]) {
    it(`"${piece}" is accessible empty and with its errors shown`, async () => {
      const el = await fixture<NptFormPieces>(html`<npt-form-pieces piece=${piece}></npt-form-pieces>`);
      await expect(el).to.be.accessible();
      if (piece === 'repeatable') {
        $<HTMLButtonElement>(el, '#structures-add').click();
        await el.updateComplete;
      }
      if (piece === 'number') await type(el, '#people', '12,5');
      if (piece === 'textarea') await type(el, '#message', 'x'.repeat(121));
      el.check();
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector('.error-summary');
      expect(summary, 'an error to show').not.to.equal(null);
      for (const link of summary!.querySelectorAll('a'))
        expect(el.shadowRoot!.getElementById(link.hash.slice(1)), link.hash).not.to.equal(null);
      await expect(el).to.be.accessible();
      await expectEqualAccess(el);
    });
  }
});
