import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { fakeApi, fakeApiHits, FAKE_API, upgradedLate, nb, $ } from '@npt/testing';
import { DEFAULT_FUNDING_RULES, mgpCommunes } from '@npt/contract';
import '../src/define.js';
import { NptParticipationForm } from '../src/npt-participation-form.js';
import type { NptStepChangeEvent, NptSubmitErrorEvent, NptSubmitSuccessEvent } from '../src/events.js';

const heading = (el: NptParticipationForm) => nb($(el, '.step-heading').textContent);
const active = (el: NptParticipationForm) => el.shadowRoot!.activeElement;
const COMMUNES = mgpCommunes().filter((c) => ['93048', '93066', '93031', '94080'].includes(c.code));

async function type(el: NptParticipationForm, id: string, text: string) {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}
async function check(el: NptParticipationForm, selector: string) {
  $<HTMLInputElement>(el, selector).click();
  await el.updateComplete;
}
async function next(el: NptParticipationForm) {
  $<HTMLButtonElement>(el, 'button.submit').click();
  // The step waits for the schemas' chunk, then renders.
  await new Promise((r) => setTimeout(r, 30));
  await el.updateComplete;
}
async function pick(el: NptParticipationForm, text: string) {
  await type(el, 'commune-code', text);
  await waitUntil(() => el.shadowRoot!.querySelector('[role="option"]'), 'suggestions');
  $<HTMLElement>(el, '[role="option"]').click();
  await el.updateComplete;
}

async function mount(attrs = '', routes = [] as Parameters<typeof fakeApi>[0]) {
  await fakeApi([
    { path: '/communes', body: COMMUNES },
    { path: '/funding-rules', body: DEFAULT_FUNDING_RULES },
    {
      method: 'POST',
      path: '/participations',
      status: 201,
      body: { reference: 'NPT-2026-000042', receivedAt: '2026-03-12T09:30:00.000Z' },
    },
    ...routes,
  ]);
  const wrapper = await fixture(`<main><npt-participation-form api="${FAKE_API}" no-url-state ${attrs}></npt-participation-form></main>`);
  const el = wrapper.querySelector('npt-participation-form') as NptParticipationForm;
  await waitUntil(() => el.communes.length === COMMUNES.length, 'communes loaded');
  await el.updateComplete;
  return el;
}

/** Through the steps of an application for places and support, checking axe on each. */
async function fillAll(el: NptParticipationForm) {
  await pick(el, 'montreuil');
  await next(el);
  await type(el, 'signer-name', 'Patrice Bessac');
  await type(el, 'signer-role', 'Maire');
  await type(el, 'contact-name', 'Awa Diallo');
  await type(el, 'role', 'Cheffe de projet');
  await type(el, 'email', 'awa@example.org');
  await type(el, 'phone', '01 23 45 67 89');
  await expect(el).to.be.accessible();
  await next(el);
  await check(el, 'input[value="places"]');
  await check(el, 'input[value="support"]');
  await expect(el).to.be.accessible();
  await next(el);
  for (const y of [2024, 2025, 2026]) await type(el, `expected-people-${y}`, '100');
  $<HTMLButtonElement>(el, '#prescribers-add').click();
  await el.updateComplete;
  await type(el, 'prescribers-0-organisation', 'CCAS');
  const kind = $<HTMLSelectElement>(el, '#prescribers-0-kind');
  kind.value = 'ccas';
  kind.dispatchEvent(new Event('change'));
  await type(el, 'prescribers-0-email', 'ccas@example.org');
  $<HTMLButtonElement>(el, '#structures-add').click();
  await el.updateComplete;
  await type(el, 'structures-0-name', 'Maison du numérique');
  await check(el, '#structures-0-status');
  await type(el, 'structures-0-siret', '73282932000074');
  await type(el, 'structures-0-address', '1 rue de Paris');
  await type(el, 'structures-0-people-per-year', '80');
  await expect(el).to.be.accessible();
  await next(el);
  await type(el, 'project-description', 'Un lieu');
  await type(el, 'project-cost', '500 000');
  expect(nb($(el, '[part="estimate"]').textContent)).to.contain('200 000 €');
  await expect(el).to.be.accessible();
  await next(el);
  await expect(el).to.be.accessible();
  await next(el);
}

describe('<npt-participation-form>', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'fr';
  });

  it('starts on the commune step: progress, heading, labelled combobox; accessible empty and with suggestions open', async () => {
    const el = await mount();
    expect(heading(el)).to.equal('Étape 1 sur 5 : La commune');
    expect([...el.shadowRoot!.querySelectorAll('[part="progress"] li')].map((li) => nb(li.textContent))).to.deep.equal([
      'La commune',
      'Signataire et contact',
      'Volets du programme',
      'Commentaires',
      'Vérifier et envoyer',
    ]);
    expect($(el, '[aria-current="step"]').textContent).to.contain('La commune');
    const combo = $<HTMLInputElement>(el, '#commune-code');
    expect(combo.getAttribute('role')).to.equal('combobox');
    await expect(el).to.be.accessible();
    await type(el, 'commune-code', '93200');
    await waitUntil(() => combo.getAttribute('aria-expanded') === 'true');
    expect([...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => nb(o.textContent))).to.deep.equal([
      'Saint-Denis (93200–93380)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('a step with errors stays, its summary takes focus and links to the field; accessible', async () => {
    const el = await mount();
    await next(el);
    expect(heading(el)).to.equal('Étape 1 sur 5 : La commune');
    const summary = $(el, '[part="error-summary"]');
    expect(active(el)).to.equal(summary);
    expect(nb(summary.textContent)).to.contain('Commune');
    expect($(el, '#commune-code').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    summary.querySelector('a')!.click();
    expect(active(el)).to.equal($(el, '#commune-code'));
  });

  it('the commune attribute presets the commune; the steps fire npt-step-change and focus their heading', async () => {
    const el = await mount('commune="93066"');
    expect($<HTMLInputElement>(el, '#commune-code').value).to.equal('Saint-Denis (93200–93380)');
    const change = oneEvent(el, 'npt-step-change') as Promise<NptStepChangeEvent>;
    await next(el);
    expect((await change).detail).to.deep.equal({ index: 1, name: 'contact' });
    expect(active(el)).to.equal($(el, '.step-heading'));
    expect($(el, '#email').getAttribute('autocomplete')).to.equal('email');
    expect($(el, '#phone').getAttribute('type')).to.equal('tel');
  });

  it('honours api, commune and noUrlState set before the tag was defined (a framework before the loader)', async () => {
    await fakeApi([
      { path: '/communes', body: COMMUNES },
      { path: '/funding-rules', body: DEFAULT_FUNDING_RULES },
    ]);
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?step=3`);
    try {
      const wrapper = await fixture('<main></main>');
      const el = await upgradedLate<NptParticipationForm>(
        NptParticipationForm,
        { api: FAKE_API, commune: '93066', noUrlState: true },
        wrapper,
      );
      await waitUntil(() => el.communes.length === COMMUNES.length, 'the communes of the API given as a property');
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#commune-code').value).to.equal('Saint-Denis (93200–93380)');
      await next(el);
      expect(heading(el)).to.match(/^Étape 2 sur/);
      expect(location.search, 'the URL neither read nor written').to.equal('?step=3');
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('the whole journey: every step accessible, review with Modifier links, success with reference and event', async () => {
    const el = await mount();
    await fillAll(el);
    expect(heading(el)).to.equal('Étape 7 sur 7 : Vérifier et envoyer');
    const summary = nb($(el, '[part="summary"]').textContent);
    for (const text of ['Montreuil', 'Patrice Bessac', 'CCAS (CCAS), ccas@example.org', 'SIRET 73282932000074', '500 000 €'])
      expect(summary).to.contain(text);
    expect(nb($(el, '[part="privacy"]').textContent)).to.contain('Responsable du traitement');
    await expect(el).to.be.accessible();
    // "Modifier" goes back to its step, values kept.
    [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.edit')][1]!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Étape 2 sur 7 : Signataire et contact');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('awa@example.org');
    el.steps.go(6);
    await el.updateComplete;
    // Consent is required before sending.
    await next(el);
    expect(nb($(el, '[part="error-summary"]').textContent)).to.contain('J’ai pris connaissance');
    await check(el, '#consent');
    const success = oneEvent(el, 'npt-submit-success') as Promise<NptSubmitSuccessEvent>;
    await next(el);
    expect((await success).detail.reference).to.equal('NPT-2026-000042');
    await el.updateComplete;
    expect(nb($(el, '.reference').textContent)).to.equal('NPT-2026-000042');
    expect(active(el)).to.equal($(el, '#success-title'));
    expect(nb($(el, '[part="success"] [part="summary"]').textContent)).to.contain('Maison du numérique');
    await expect(el).to.be.accessible();
    expect((await fakeApiHits())['POST /participations']).to.equal(1);
  });

  it('server down: the data stays, the person is told and can retry; accessible', async () => {
    const el = await mount('', [{ method: 'POST', path: '/participations', status: 503, body: { title: 'down' } }]);
    await fillAll(el);
    await check(el, '#consent');
    const failed = oneEvent(el, 'npt-submit-error') as Promise<NptSubmitErrorEvent>;
    await next(el);
    expect((await failed).detail.kind).to.equal('server');
    await waitUntil(() => el.shadowRoot!.querySelector('.submit-failure'), 'failure shown', { timeout: 8000 });
    expect(nb($(el, '.submit-failure').textContent)).to.contain('conservées');
    expect(nb($(el, '[part="summary"]').textContent)).to.contain('Patrice Bessac');
    await expect(el).to.be.accessible();
  });

  it('a reload then "Envoyer" again sends the same body under the same Idempotency-Key (fill time kept with the draft)', async function () {
    this.timeout(30_000);
    const sent: { key: string | null; body: { antispam: { fillMs: number } } }[] = [];
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (
        String(input instanceof Request ? input.url : input).endsWith('/participations') &&
        init?.method === 'POST' &&
        typeof init.body === 'string'
      ) {
        sent.push({ key: new Headers(init.headers).get('Idempotency-Key'), body: JSON.parse(init.body) as (typeof sent)[number]['body'] });
      }
      return realFetch(input, init);
    };
    try {
      const down = [{ method: 'POST', path: '/participations', status: 503, body: { title: 'down' } }];
      const first = await mount('', down);
      await fillAll(first);
      await check(first, '#consent');
      await next(first);
      await waitUntil(() => first.shadowRoot!.querySelector('.submit-failure'), 'failure shown', { timeout: 8000 });
      first.remove();
      await new Promise((r) => setTimeout(r, 1100));
      const el = await mount('', down);
      while (!el.steps.isLast) await next(el);
      await next(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.submit-failure'), 'failure shown again', { timeout: 8000 });
      const [a, b] = [sent[0]!, sent.at(-1)!];
      expect(sent.length).to.be.greaterThan(1);
      expect(b.key).to.equal(a.key);
      expect(b.body.antispam).to.deep.equal(a.body.antispam);
      expect(b.body).to.deep.equal(a.body);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('with ALTCHA on, its widget speaks French and is styled inside the form; accessible', async function () {
    this.timeout(30_000);
    const el = await mount('altcha');
    await fillAll(el);
    await waitUntil(() => el.shadowRoot!.querySelector('altcha-widget .altcha-main'), 'the ALTCHA widget drawn', { timeout: 10_000 });
    const widget = $(el, 'altcha-widget .altcha-main');
    await waitUntil(() => nb(widget.textContent).includes('Je ne suis pas un robot'), `French strings, got "${nb(widget.textContent)}"`);
    expect(nb(widget.textContent)).not.to.contain("I'm not a robot");
    // Its own rules reach it inside the shadow root: a bordered flex box.
    const style = getComputedStyle(widget);
    expect(style.display).to.equal('flex');
    expect(style.borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('a first click on "Continuer" is not lost when leaving a field shows its error (the button does not move under the pointer)', async () => {
    const el = await mount();
    await pick(el, 'montreuil');
    await next(el);
    const phone = $<HTMLInputElement>(el, '#phone');
    phone.focus();
    phone.value = 'abc';
    phone.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const box = $(el, 'button.submit').getBoundingClientRect();
    const at: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    try {
      await sendMouse({ type: 'move', position: at });
      await sendMouse({ type: 'down' });
      await new Promise((r) => setTimeout(r, 50)); // a person's press lasts longer than a render
      await sendMouse({ type: 'up' });
    } finally {
      await resetMouse();
    }
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error-summary"]'), 'the click submitted the step: its error summary shows');
    expect(heading(el)).to.contain('Étape 2');
  });

  it('server field errors land on their step', async () => {
    const el = await mount('', [
      {
        method: 'POST',
        path: '/participations',
        status: 400,
        body: {
          type: 'urn:npt:problem:validation',
          title: 'Invalid',
          status: 400,
          errors: [{ path: 'phone', message: 'Invalid French phone number' }],
        },
      },
    ]);
    await fillAll(el);
    await check(el, '#consent');
    await next(el);
    await waitUntil(() => heading(el).includes('Signataire'), 'back on the contact step');
    expect($(el, '#phone').getAttribute('aria-invalid')).to.equal('true');
    expect(nb($(el, '[part="error-summary"]').textContent)).to.contain('Téléphone');
    await expect(el).to.be.accessible();
  });

  it('a reload restores the draft with a notice; accessible', async () => {
    const first = await mount();
    await pick(first, 'vincennes');
    await new Promise((r) => setTimeout(r, 700)); // the debounced save
    first.remove();
    const el = await mount();
    expect($<HTMLInputElement>(el, '#commune-code').value).to.equal('Vincennes (94300)');
    expect(nb($(el, '[part="draft-notice"]').textContent)).to.contain('Nous avons repris');
    await expect(el).to.be.accessible();
  });

  it('speaks English on an English page', async () => {
    document.documentElement.lang = 'en';
    const el = await mount();
    await el.translationsReady;
    await el.updateComplete;
    expect(heading(el)).to.equal('Step 1 of 5: The commune');
    await sendKeys({ press: 'Tab' });
    await expect(el).to.be.accessible();
  });
});
