import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApi, FAKE_API, fakeApiHits } from '@npt/testing';
import type { NptContactForm } from './contact-form.js';
import './contact-form.js';
import { $, active, nb, type } from './form-dom.js';

async function mount() {
  localStorage.clear();
  const el = await fixture<NptContactForm>(html`<npt-contact-form lang="fr"></npt-contact-form>`);
  el.api = FAKE_API;
  await el.updateComplete;
  return el;
}

async function fill(el: NptContactForm) {
  await type(el, '#name', 'Awa Diallo');
  await type(el, '#email', 'awa@ville.fr');
  await type(el, '#people', '8 000');
  $<HTMLInputElement>(el, '#topics').click();
  $<HTMLInputElement>(el, '#consent').click();
  await el.updateComplete;
}

describe('form foundation (example widget)', () => {
  it('shows no error before a field is left; on blur, a French message naming the field', async () => {
    const el = await mount();
    const input = await type(el, '#name', '');
    expect(el.shadowRoot!.querySelector('#name-error')).to.equal(null);
    input.blur();
    await el.updateComplete;
    expect(nb($(el, '#name-error').textContent)).to.equal('Renseignez « Nom ».');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('name-error');
    expect(nb($(el, 'label[for="name"]').textContent)).to.contain('(obligatoire)');
    await expect(el).to.be.accessible();
  });

  it('on a failed submit, focuses the summary (read once, not a live region) whose links move focus to each field, in order', async () => {
    const el = await mount();
    await type(el, '#email', 'pas-une-adresse');
    await type(el, '#people', '12,5');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'summary focused');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map((a) => nb(a.textContent))).to.deep.equal([
      'Renseignez « Nom ».',
      '« Adresse e-mail » : indiquez une adresse e-mail valide, par exemple nom@commune.fr.',
      '« Personnes accompagnées » : saisissez un nombre entier, sans virgule.',
      '« Volets » : choisissez une réponse.',
      'Cochez « J’accepte que la Métropole traite ces données » pour continuer.',
    ]);
    links[3]!.click();
    expect(active(el)?.id).to.equal('topics');
    expect(nb($(el, '[role="status"]').textContent)).to.equal('5 champs sont à corriger.');
    expect($(el, '[role="status"]').hasAttribute('id'), 'no empty id (invalid HTML)').to.equal(false);
    await expect(el).to.be.accessible();
    // Focus reads the summary once; it is no live region, so fixing a field while it shows (its list
    // shrinks) does not interrupt the person with the whole list again.
    const summary = $(el, '.error-summary');
    expect(summary.getAttribute('role')).to.equal('region');
    expect(summary.hasAttribute('aria-live')).to.equal(false);
    expect(nb(el.shadowRoot!.getElementById(summary.getAttribute('aria-labelledby')!)?.textContent)).to.equal('Des champs sont à corriger');
  });

  it('reads French numbers, sends once with an Idempotency-Key, clears the draft and shows the reference', async () => {
    await fakeApi([{ method: 'POST', path: '/contacts', status: 201, body: { reference: 'C-1' }, delay: 200 }]);
    const el = await mount();
    await fill(el);
    const button = $<HTMLButtonElement>(el, 'button[type="submit"]');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.disabled).to.equal(false);
    button.click(); // a second click while sending sends nothing more
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Reçu : C-1'));
    expect((await fakeApiHits())['POST /contacts']).to.equal(1);
    expect(Object.keys(localStorage).filter((k) => k.includes(':contact:'))).to.deep.equal([]);
  });

  it('offline: keeps every value, says so in words and offers "Réessayer" with the same key', async () => {
    const el = await mount();
    el.api = 'http://127.0.0.1:9/v1';
    await fill(el);
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.submit-failure'), 'failure shown', { timeout: 8000 });
    expect(nb($(el, '.submit-failure').textContent))
      .to.contain('la connexion semble interrompue')
      .and.contain('Réessayer');
    expect(active(el)?.classList.contains('submit-failure')).to.equal(true);
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Awa Diallo');
    expect(el.shadowRoot!.textContent).not.to.match(/Error|\{"/);
    await expect(el).to.be.accessible();
  });

  it('the Idempotency-Key is kept before the request leaves: after a reload, "Réessayer" sends the same key', async () => {
    const sent: (string | null)[] = [];
    const realFetch = window.fetch.bind(window);
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new Headers(init?.headers).get('idempotency-key'));
      return Promise.reject(new TypeError('Failed to fetch')); // the answer never came back
    };
    try {
      const el = await mount();
      await fill(el);
      $<HTMLButtonElement>(el, 'button[type="submit"]').click(); // at once, before the typing's debounced save
      await waitUntil(() => el.shadowRoot!.querySelector('.submit-failure'), 'failure shown', { timeout: 8000 });
      // A reload: the page goes without the element being disconnected first.
      const again = await fixture<NptContactForm>(html`<npt-contact-form lang="fr"></npt-contact-form>`);
      again.api = FAKE_API;
      el.remove();
      await again.updateComplete;
      expect($<HTMLInputElement>(again, '#name').value).to.equal('Awa Diallo');
      $<HTMLButtonElement>(again, 'button[type="submit"]').click();
      await waitUntil(() => again.shadowRoot!.querySelector('.submit-failure'), 'failure shown again', { timeout: 8000 });
      expect(sent).to.have.length(2);
      expect(sent[0]).to.match(/^[\da-f-]{36}$/);
      expect(sent[1], 'the retry after the reload is the same request').to.equal(sent[0]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('"Réessayer" hands focus to the busy submit button: it is not lost while the form sends again', async () => {
    const realFetch = window.fetch.bind(window);
    let calls = 0;
    window.fetch = () => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : new Promise<Response>(() => {}));
    try {
      const el = await mount();
      await fill(el);
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.submit-failure button'), 'failure shown', { timeout: 8000 });
      $<HTMLButtonElement>(el, '.submit-failure button').click();
      await el.updateComplete;
      expect(active(el)?.getAttribute('type')).to.equal('submit');
      expect(active(el)?.getAttribute('aria-busy')).to.equal('true');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('moved in the page while sending (a framework re-parenting it), the form is usable again, not stuck busy', async () => {
    const realFetch = window.fetch.bind(window);
    let calls = 0;
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        calls++;
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    try {
      const el = await mount();
      await fill(el);
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      const button = $<HTMLButtonElement>(el, 'button[type="submit"]');
      expect(button.getAttribute('aria-busy')).to.equal('false');
      expect(nb(button.textContent)).to.equal('Envoyer');
      button.click();
      await el.updateComplete;
      expect(calls, 'a new click sends again').to.equal(2);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('what was typed just before the page goes (a reload, a closed tab) is in the draft', async () => {
    const el = await mount();
    await type(el, '#name', 'Awa');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const saved = Object.entries(localStorage).find(([k]) => k.includes(':contact:'))?.[1];
    expect(JSON.parse(saved ?? '{}').values?.name).to.equal('Awa');
  });

  it('puts a 400 problem+json on the fields, nested paths included, in French', async () => {
    await fakeApi([
      {
        method: 'POST',
        path: '/contacts',
        status: 400,
        headers: { 'content-type': 'application/problem+json' },
        body: {
          type: 'urn:npt:problem:validation',
          title: 'Invalid request',
          status: 400,
          errors: [{ path: 'structures.0.siret', message: 'Invalid string: must match pattern' }],
        },
      },
    ]);
    const el = await mount();
    await fill(el);
    $<HTMLButtonElement>(el, '#structures-add').click();
    await el.updateComplete;
    await type(el, '#structures-0-name', 'Centre social');
    await type(el, '#structures-0-siret', '12345678901234');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#structures-0-siret-error'), 'server error on the nested field');
    expect(nb($(el, '#structures-0-siret-error').textContent)).to.equal(
      '« SIRET de la structure 1 » n’a pas été accepté : vérifiez la saisie.',
    );
    await waitUntil(() => active(el)?.classList.contains('error-summary'));
    await expect(el).to.be.accessible();
  });

  it('repeatable groups: add focuses the new first field, remove focuses the previous item and says so', async () => {
    const el = await mount();
    $<HTMLButtonElement>(el, '#structures-add').click();
    await waitUntil(() => active(el)?.id === 'structures-0-name', 'first field of the new item');
    $<HTMLButtonElement>(el, '#structures-add').click();
    await waitUntil(() => active(el)?.id === 'structures-1-name');
    const remove = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item button')][1]!;
    expect(nb(remove.textContent)).to.equal('Supprimer la structure 2');
    remove.click();
    await waitUntil(() => active(el)?.id === 'structures-0');
    expect(nb($(el, '[role="status"]').textContent)).to.equal('Structure 2 supprimée');
    await expect(el).to.be.accessible();
  });

  it('repeatable groups: after a removal, errors follow their items and a new item starts clean', async () => {
    const el = await mount();
    const removeButton = (i: number) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item button')][i]!;
    for (let i = 0; i < 3; i++) ($<HTMLButtonElement>(el, '#structures-add').click(), await el.updateComplete);
    await type(el, '#structures-1-name', 'Centre social');
    (await type(el, '#structures-1-siret', '123')).blur();
    (await type(el, '#structures-2-name', '')).blur(); // structure 3 left empty
    await el.updateComplete;
    expect(nb($(el, '#structures-1-siret-error').textContent)).to.contain('SIRET de la structure 2');
    removeButton(0).click(); // structure 1 goes: structure 2 becomes structure 1, with its error
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#structures-0-name').value).to.equal('Centre social');
    expect(nb($(el, '#structures-0-siret-error').textContent)).to.contain('SIRET de la structure 1');
    expect(nb($(el, '#structures-1-name-error').textContent)).to.contain('Nom de la structure 2');
    $<HTMLButtonElement>(el, '#structures-add').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#structures-2-name-error'), 'the new structure 3 was never left').to.equal(null);

    await type(el, '#structures-1-name', 'Maison des habitants');
    el.form.applyProblem({ errors: [{ path: 'structures.1.name', message: 'Unknown structure' }] });
    removeButton(0).click();
    await el.updateComplete;
    expect(nb($(el, '#structures-0-name-error').textContent), 'the server’s word followed its structure').to.contain('n’a pas été accepté');
    for (const a of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a'))
      expect(el.shadowRoot!.querySelector(a.getAttribute('href')!), `${a.textContent} links to a field on screen`).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keyboard: Space ticks a checkbox of the group, and the counter follows the textarea', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#topics-1').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.form.get('topics')).to.deep.equal(['equipment']);
    await type(el, '#message', 'x'.repeat(51));
    expect(nb($(el, '#message-count').textContent)).to.equal('51 caractères sur 50');
    expect($(el, '#message').getAttribute('aria-describedby')).to.contain('message-count');
  });

  it('restores a draft after a reload with a notice, and "Recommencer" empties the form', async () => {
    localStorage.clear();
    const first = await fixture<NptContactForm>(html`<npt-contact-form></npt-contact-form>`);
    await type(first, '#name', 'Awa');
    await new Promise((r) => setTimeout(r, 500));
    const key = first.draft.key;
    first.remove();
    const el = await fixture<NptContactForm>(html`<npt-contact-form></npt-contact-form>`);
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Awa');
    expect(el.draft.key).to.equal(key);
    expect(nb($(el, '.draft-notice').textContent)).to.contain('Nous avons repris les informations');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.draft-notice button').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#name').value).to.equal('');
    expect(el.shadowRoot!.querySelector('.draft-notice')).to.equal(null);
    expect(el.draft.key).not.to.equal(key);
  });
  for (const [status, type, said, retry] of [
    [409, 'idempotency-key-reused', 'Une demande avec d’autres informations a déjà été envoyée', false],
    [413, 'payload-too-large', 'raccourcissez les textes les plus longs', false],
    [429, 'rate-limited', 'Patientez une minute puis réessayez', true],
    [503, 'overloaded', 'Le service ne répond pas pour le moment', true],
  ] as const) {
    it(`a ${status} (${type}) is said in words, values kept, "Réessayer" only when it can help`, async () => {
      await fakeApi([
        {
          method: 'POST',
          path: '/contacts',
          status,
          headers: { 'content-type': 'application/problem+json' },
          body: { type: `urn:npt:problem:${type}`, title: 'Nope', status },
        },
      ]);
      const keys: (string | null)[] = [];
      const realFetch = window.fetch.bind(window);
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        keys.push(new Headers(init?.headers).get('idempotency-key'));
        return realFetch(input, init);
      };
      try {
        const el = await mount();
        await fill(el);
        $<HTMLButtonElement>(el, 'button[type="submit"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('.submit-failure'), 'failure shown', { timeout: 8000 });
        const failure = nb($(el, '.submit-failure').textContent);
        expect(failure).to.contain(said);
        expect(failure.includes('Réessayer')).to.equal(retry);
        expect(failure).not.to.match(/Nope|urn:|\{/);
        expect($<HTMLInputElement>(el, '#name').value).to.equal('Awa Diallo');
        await expect(el).to.be.accessible();
        // The next try, by "Réessayer" or the submit button: the same request, except after a key reused.
        $<HTMLButtonElement>(el, retry ? '.submit-failure button' : 'button[type="submit"]').click();
        await waitUntil(() => keys.length === 2 && el.shadowRoot!.querySelector('.submit-failure'), 'tried again', { timeout: 8000 });
        if (type === 'idempotency-key-reused') expect(keys[1], 'the next try is a new request').not.to.equal(keys[0]);
        else expect(keys[1], 'the same request again').to.equal(keys[0]);
      } finally {
        window.fetch = realFetch;
      }
    });
  }
});
