// <npt-participation-form> as a commune meets it on the demo site: from the simulator's "apply" link to
// the receipt, against the real server on a fresh database, with the failures a real network has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { normalizeSpaces as nb, startApp, useAppAndBrowser } from './harness.js';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef0123456789';
const e2e = useAppAndBrowser({ env: { ADMIN_TOKEN, RATE_LIMIT_EMAIL_MAX: '100000' } });

async function open(path: string): Promise<{ page: Page; el: Locator; errors: string[]; opened: number }> {
  const page = await e2e.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|404|Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  await page.goto(`${e2e.app.url}${path}`);
  const el = page.locator('npt-participation-form');
  await el.locator('.step-heading').waitFor();
  return { page, el, errors, opened: Date.now() };
}

const heading = async (el: Locator) => nb(await el.locator('.step-heading').innerText());
const next = (el: Locator) => el.getByRole('button', { name: 'Continuer' }).click();
const count = async (table: 'participations' | 'participation_structures' | 'participation_prescribers') =>
  Number(
    (
      await e2e.app.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Whether `locator` has focus in its shadow root, waiting (up to 2 s) for the render that moves it. */
async function focused(locator: Locator): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (await locator.evaluate((n) => (n.getRootNode() as ShadowRoot).activeElement === n)) return true;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  return false;
}

async function pickCommune(el: Locator, typed: string, option: string) {
  await el.getByRole('combobox', { name: 'Commune' }).fill(typed);
  await el.getByRole('option', { name: option }).click();
}

async function fillContact(el: Locator, email = 'awa.diallo@example.org', phone = '01 49 33 66 66') {
  await el.getByLabel('Nom du signataire').fill('Mathieu Hanotin');
  await el.getByLabel('Fonction du signataire').fill('Maire');
  await el.getByLabel('Nom de la personne à contacter').fill('Awa Diallo');
  await el.getByLabel('Fonction de la personne à contacter').fill('Cheffe de projet inclusion numérique');
  await el.getByLabel('Adresse e-mail').fill(email);
  await el.getByLabel('Téléphone').fill(phone);
}

/** A quick application (places only) up to the review step. */
async function toReview(el: Locator, email: string) {
  await pickCommune(el, 'montreuil', 'Montreuil (93100)');
  await next(el);
  await fillContact(el, email);
  await next(el);
  await el.getByLabel('Lieux de médiation numérique').check();
  await next(el);
  await el.getByLabel('Description du projet').fill('Ouvrir un lieu de médiation à la médiathèque.');
  await el.getByLabel('Coût estimé du projet, en euros').fill('120 000');
  await next(el);
  await next(el); // comments
  assert.equal(await heading(el), 'Étape 6 sur 6 : Vérifier et envoyer');
  await el.getByLabel(/J’ai pris connaissance de la notice/).check();
}

/** The bot check refuses a form sent less than 3 s after it was shown: a person takes longer. */
async function likeAPerson(page: Page, opened: number) {
  const wait = 3200 - (Date.now() - opened);
  if (wait > 0) await page.waitForTimeout(wait);
}

test('from the simulator to the receipt: figures carried over, application stored with its prescribers and structures, in the admin export', async () => {
  const page = await e2e.browser.newPage();
  await page.goto(`${e2e.app.url}/simulateur.html`);
  const sim = page.locator('npt-funding-simulator');
  await sim.getByLabel('Personnes accompagnées en 2024').fill('1 200');
  await sim.getByLabel('Personnes accompagnées en 2025').fill('300');
  await sim.getByLabel('Personnes accompagnées en 2026').fill('20 000');
  await sim.locator('[part="apply"]').click();
  await page.waitForURL(/candidater\.html\?/);
  assert.equal(new URL(page.url()).searchParams.get('sim.2024'), '1 200');
  const opened = Date.now();
  const el = page.locator('npt-participation-form');
  await el.locator('.step-heading').waitFor();
  assert.equal(await heading(el), 'Étape 1 sur 6 : La commune');

  // "epinay" finds Épinay-sur-Seine; "93200" finds Saint-Denis.
  const combo = el.getByRole('combobox', { name: 'Commune' });
  await combo.fill('epinay');
  assert.deepEqual(await el.getByRole('option').allInnerTexts(), ['Épinay-sur-Seine (93800)']);
  await combo.fill('93200');
  await el.getByRole('option', { name: /^Saint-Denis/ }).click();
  await next(el);
  await fillContact(el, 'awa.diallo@example.org', '+33 1 49 33 66 66');
  await next(el);
  // The simulator's figures ticked "support".
  assert.equal(await el.getByLabel('Accompagnement vers l’autonomie numérique').isChecked(), true);
  await next(el);
  assert.equal(await heading(el), 'Étape 4 sur 6 : Accompagnement vers l’autonomie numérique');
  assert.equal(await el.getByLabel('Personnes accompagnées en 2024').inputValue(), '1200');
  assert.equal(await el.getByLabel('Personnes accompagnées en 2026').inputValue(), '20000');
  // Same rules as the simulator: 1 200 × 100 + 300 × 70 + 16 000 (cap) × 50 = 941 000 €.
  assert.match(nb(await el.locator('[part="estimate"]').innerText()), /941 000 €/);
  assert.match(nb(await el.locator('[part="estimate"]').innerText()), /plafond/);
  await el.getByRole('button', { name: 'Ajouter un prescripteur' }).click();
  await el.getByLabel('Organisme du prescripteur 1').fill('CCAS de Saint-Denis');
  await el.getByLabel('Type du prescripteur 1').selectOption('ccas');
  await el.getByLabel('Adresse e-mail du prescripteur 1').fill('ccas@example.org');
  await el.getByRole('button', { name: 'Ajouter une structure' }).click();
  await el.getByLabel('Nom de la structure 1').fill('La Poste – espace numérique');
  await el.getByLabel('Publique').check();
  await el.getByLabel('SIRET de la structure 1').fill('356 000 000 49837'); // La Poste's exception
  await el.getByLabel('Adresse de la structure 1').fill('2 place du Caquet, 93200 Saint-Denis');
  await el.getByLabel('Personnes que la structure 1 prévoit d’accompagner par an').fill('150');
  await next(el);
  await el.getByLabel('Commentaires').fill('Merci ;=1+1');
  await next(el);

  // Check your answers, each part with its "Modifier" link.
  assert.equal(await heading(el), 'Étape 6 sur 6 : Vérifier et envoyer');
  const summary = nb(await el.locator('[part="summary"]').innerText());
  for (const expected of [
    'Saint-Denis',
    'Mathieu Hanotin',
    '+33 1 49 33 66 66',
    'CCAS de Saint-Denis (CCAS), ccas@example.org',
    'SIRET 356 000 000 49837',
    '20 000',
  ]) {
    assert.ok(summary.includes(expected), `${expected} in ${summary}`);
  }
  assert.match(
    nb(await el.locator('[part="privacy"]').innerText()),
    /Responsable du traitement.*Finalité.*Durée de conservation.*Vos droits/,
  );
  await el.getByRole('link', { name: 'Modifier : Signataire et contact' }).click();
  assert.equal(await heading(el), 'Étape 2 sur 6 : Signataire et contact');
  await el.getByLabel('Fonction du signataire').fill('Maire de Saint-Denis');
  for (let i = 0; i < 4; i++) await next(el);
  assert.equal(await heading(el), 'Étape 6 sur 6 : Vérifier et envoyer');
  await el.getByLabel(/J’ai pris connaissance de la notice/).check();
  const success = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener('npt-submit-success', (e) => resolve((e as CustomEvent).detail.reference), { once: true }),
      ),
  );
  await likeAPerson(page, opened);
  await el.getByRole('button', { name: 'Envoyer la candidature' }).click();

  await el.locator('[part="success"]').waitFor();
  const reference = nb(await el.locator('.reference').innerText());
  assert.match(reference, /^NPT-\d{4}-\d{6}$/);
  assert.equal(await success, reference);
  assert.equal(await focused(el.locator('#success-title')), true, 'focus on the receipt');
  assert.match(nb(await el.locator('[part="success"] [part="summary"]').innerText()), /Maire de Saint-Denis/);
  assert.equal(await el.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).count(), 1);

  const row = await e2e.app.db.selectFrom('participations').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
  const stored = JSON.parse(row.payload);
  assert.equal(stored.communeCode, '93066');
  assert.equal(stored.phone, '01 49 33 66 66');
  assert.deepEqual(stored.expectedPeople, { 2024: 1200, 2025: 300, 2026: 20000 });
  assert.equal(stored.signerRole, 'Maire de Saint-Denis');
  const structures = await e2e.app.db.selectFrom('participation_structures').selectAll().where('participation_id', '=', row.id).execute();
  assert.deepEqual(
    structures.map((s) => [s.siret, Number(s.people_per_year)]),
    [['35600000049837', 150]],
  );
  assert.equal(
    (await e2e.app.db.selectFrom('participation_prescribers').selectAll().where('participation_id', '=', row.id).execute()).length,
    1,
  );
  const csv = await (
    await fetch(`${e2e.app.url}/v1/admin/participation-structures.csv`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  ).text();
  assert.match(csv, new RegExp(`${reference},93066,1,La Poste – espace numérique,public,35600000049837`));
  // The draft is gone: a new visit starts empty.
  const again = await open('/candidater.html');
  assert.equal(await again.el.locator('[part="draft-notice"]').count(), 0);
  await again.page.close();
  await page.close();
});

test('a reload mid-way restores what was typed, with a notice and "Recommencer"', async () => {
  const { page, el, errors } = await open('/candidater.html');
  await pickCommune(el, 'Vincennes', 'Vincennes (94300)');
  await next(el);
  await fillContact(el);
  await page.waitForTimeout(600); // the draft is written shortly after the last keystroke
  await page.reload();
  await el.locator('.step-heading').waitFor();
  await el.locator('[part="draft-notice"]').waitFor();
  assert.match(nb(await el.locator('[part="draft-notice"]').innerText()), /Nous avons repris les informations/);
  // Back on the step the person was on (its number is in the URL, the values in the draft).
  assert.equal(await heading(el), 'Étape 2 sur 5 : Signataire et contact');
  assert.equal(await el.getByLabel('Nom de la personne à contacter').inputValue(), 'Awa Diallo');
  assert.equal(await el.getByLabel('Téléphone').inputValue(), '01 49 33 66 66');
  await el.getByRole('button', { name: 'Étape précédente' }).click();
  assert.equal(await el.getByRole('combobox', { name: 'Commune' }).inputValue(), 'Vincennes (94300)');
  await el.getByRole('button', { name: 'Recommencer' }).click();
  assert.equal(await heading(el), 'Étape 1 sur 5 : La commune');
  assert.equal(await el.getByRole('combobox', { name: 'Commune' }).inputValue(), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the answer lost at submit, then "Réessayer": exactly one application stored', async () => {
  const { page, el, opened } = await open('/candidater.html');
  await toReview(el, 'lost.answer@example.org');
  const before = await count('participations');
  // The request reaches the server, which stores it; the answer never reaches the page (every retry too).
  let attempts = 0;
  await page.route('**/v1/participations', async (route) => {
    attempts++;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await likeAPerson(page, opened);
  await el.getByRole('button', { name: 'Envoyer la candidature' }).click();
  await el.locator('.submit-failure').waitFor({ timeout: 30_000 });
  assert.match(nb(await el.locator('.submit-failure').innerText()), /connexion semble interrompue.*conservées/);
  assert.ok(attempts >= 1);
  assert.equal(await count('participations'), before + 1, 'stored once despite the retries');
  await page.unroute('**/v1/participations');
  await el.getByRole('button', { name: 'Réessayer' }).click();
  await el.locator('[part="success"]').waitFor();
  assert.equal(await count('participations'), before + 1, 'the retry replays the stored answer');
  const stored = await e2e.app.db.selectFrom('participations').select('reference').where('email', '=', 'lost.answer@example.org').execute();
  assert.deepEqual(
    stored.map((r) => r.reference),
    [nb(await el.locator('.reference').innerText())],
  );
  await page.close();
});

test('with the server down, nothing typed is lost and sending works once it is back', async () => {
  const { page, el, opened } = await open('/candidater.html');
  await toReview(el, 'server.down@example.org');
  await page.route('**/v1/participations', (route) => route.abort('connectionrefused'));
  await likeAPerson(page, opened);
  const failed = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener('npt-submit-error', (e) => resolve((e as CustomEvent).detail.kind), { once: true }),
      ),
  );
  await el.getByRole('button', { name: 'Envoyer la candidature' }).click();
  await el.locator('.submit-failure').waitFor({ timeout: 30_000 });
  assert.equal(await failed, 'offline');
  assert.match(nb(await el.locator('[part="summary"]').innerText()), /server\.down@example\.org/);
  // Even a reload keeps it.
  await page.waitForTimeout(600);
  await page.reload();
  await el.locator('[part="draft-notice"]').waitFor();
  await page.unroute('**/v1/participations');
  assert.equal(await heading(el), 'Étape 6 sur 6 : Vérifier et envoyer');
  assert.equal(await el.getByLabel(/J’ai pris connaissance de la notice/).isChecked(), true);
  await el.getByRole('button', { name: 'Envoyer la candidature' }).click();
  await el.locator('[part="success"]').waitFor();
  assert.equal(
    (await e2e.app.db.selectFrom('participations').select('id').where('email', '=', 'server.down@example.org').execute()).length,
    1,
  );
  await page.close();
});

test('an invalid e-mail, phone and SIRET are errors on their own step; a server refusal lands on the right step', async () => {
  const { page, el, opened } = await open('/candidater.html');
  await pickCommune(el, 'bobigny', 'Bobigny (93000)');
  await next(el);
  await fillContact(el, 'awa.diallo@', '12 34');
  await page.keyboard.press('Tab'); // leaves the field: its error shows under it
  await next(el);
  assert.equal(await heading(el), 'Étape 2 sur 5 : Signataire et contact', 'stays on the step');
  const summary = el.locator('[part="error-summary"]');
  assert.equal(await focused(summary), true, 'the summary takes focus');
  assert.match(nb(await summary.innerText()), /Adresse e-mail.*adresse e-mail valide.*Téléphone.*numéro de téléphone français/);
  assert.equal(await el.getByLabel('Téléphone').getAttribute('aria-invalid'), 'true');
  await el.getByRole('link', { name: /Téléphone/ }).click();
  assert.equal(await focused(el.getByLabel('Téléphone')), true);
  await el.getByLabel('Adresse e-mail').fill('awa.diallo@example.org');
  await el.getByLabel('Téléphone').fill('01 23 45 67 89');
  await next(el);
  await el.getByLabel('Accompagnement vers l’autonomie numérique').check();
  await next(el);
  for (const year of ['2024', '2025', '2026']) await el.getByLabel(`Personnes accompagnées en ${year}`).fill('100');
  await el.getByRole('button', { name: 'Ajouter une structure' }).click();
  await el.getByLabel('Nom de la structure 1').fill('Association Lien');
  await el.getByLabel('Associative').check();
  await el.getByLabel('SIRET de la structure 1').fill('732 829 320 00075');
  await el.getByLabel('Adresse de la structure 1').fill('1 rue de Paris, 93000 Bobigny');
  await el.getByLabel('Personnes que la structure 1 prévoit d’accompagner par an').fill('50');
  await next(el);
  assert.match(nb(await el.locator('[part="error-summary"]').innerText()), /SIRET n’est pas valide/);
  await el.getByLabel('SIRET de la structure 1').fill('732 829 320 00074');
  await next(el);
  await next(el);
  await el.getByLabel(/J’ai pris connaissance de la notice/).check();
  // The server refuses fields the page accepted (a rule only it knows): the form goes to their step.
  await page.route('**/v1/participations', (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'urn:npt:problem:validation',
        title: 'Invalid request',
        status: 400,
        errors: [{ path: 'structures.0.siret', message: 'Invalid SIRET' }],
      }),
    }),
  );
  await likeAPerson(page, opened);
  await el.getByRole('button', { name: 'Envoyer la candidature' }).click();
  await el.locator('[part="error-summary"]').waitFor();
  assert.equal(await heading(el), 'Étape 4 sur 6 : Accompagnement vers l’autonomie numérique');
  assert.match(nb(await el.locator('[part="error-summary"]').innerText()), /SIRET de la structure 1/);
  assert.equal(await el.getByLabel('SIRET de la structure 1').getAttribute('aria-invalid'), 'true');
  await page.close();
});

test('keyboard only: from the commune to the receipt', async () => {
  const { page, el, opened } = await open('/candidater.html');
  const kb = page.keyboard;
  await el.getByRole('combobox', { name: 'Commune' }).focus();
  await kb.type('ivry');
  await el.getByRole('option').first().waitFor();
  await kb.press('ArrowDown');
  await kb.press('Enter');
  assert.equal(await el.getByRole('combobox', { name: 'Commune' }).inputValue(), 'Ivry-sur-Seine (94200)');
  await kb.press('Enter'); // submits the step
  await el.getByLabel('Nom du signataire').waitFor();
  assert.equal(await focused(el.locator('.step-heading')), true, 'focus on the step heading');
  await kb.press('Tab');
  for (const text of ['Philippe Bouyssou', 'Maire', 'Awa Diallo', 'Chargée de mission', 'awa@example.org', '0145151515']) {
    await kb.type(text);
    await kb.press('Tab');
  }
  await kb.press('Enter'); // on "Continuer"
  await el.getByLabel('Équipement numérique').waitFor();
  await kb.press('Tab'); // first checkbox: places
  await kb.press('Tab'); // equipment
  await kb.press('Space');
  await kb.press('Enter');
  await el.getByLabel('Description du projet').waitFor();
  await kb.press('Tab');
  await kb.type('Vingt ordinateurs reconditionnés.');
  await kb.press('Tab');
  await kb.type('30000');
  await kb.press('Enter');
  await el.getByLabel('Commentaires').waitFor();
  await kb.press('Tab'); // the comments: nothing to add
  await kb.press('Tab'); // "Continuer"
  await kb.press('Enter');
  await el.getByLabel(/J’ai pris connaissance de la notice/).waitFor();
  await el.getByLabel(/J’ai pris connaissance de la notice/).focus();
  await kb.press('Space');
  await likeAPerson(page, opened);
  await kb.press('Enter');
  await el.locator('[part="success"]').waitFor();
  assert.match(nb(await el.locator('[part="success"]').innerText()), /Équipement numérique.*30 000 €/);
  await page.close();
});

test('a bot (honeypot filled, or sent in under 3 s) sees a success page and nothing is stored', async () => {
  const before = await count('participations');
  // Honeypot: the field people never see, filled as a bot fills every input.
  const honeypot = await open('/candidater.html');
  await toReview(honeypot.el, 'bot.honeypot@example.org');
  await honeypot.el.locator('input[name="website"]').evaluate((input: HTMLInputElement) => {
    input.value = 'https://cheap.example';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await likeAPerson(honeypot.page, honeypot.opened);
  await honeypot.el.getByRole('button', { name: 'Envoyer la candidature' }).click();
  await honeypot.el.locator('[part="success"]').waitFor();
  assert.match(nb(await honeypot.el.locator('.reference').innerText()), /^NPT-\d{4}-\d{6}$/);
  await honeypot.page.close();

  // Too fast: the whole form in well under 3 s.
  const fast = await open('/candidater.html');
  await toReview(fast.el, 'bot.fast@example.org');
  await fast.el.getByRole('button', { name: 'Envoyer la candidature' }).click();
  const took = Date.now() - fast.opened;
  await fast.el.locator('[part="success"]').waitFor();
  assert.ok(took < 3000, `the bot took ${took} ms`);
  await fast.page.close();

  assert.equal(await count('participations'), before, 'nothing stored');
  assert.equal((await e2e.app.db.selectFrom('outbox').select('id').where('to_address', 'like', 'bot.%').execute()).length, 0, 'no e-mail');
});

test('with ALTCHA on (one setting), the proof of work is solved in the page and the application stored', async () => {
  const app = await startApp({ env: { ALTCHA_HMAC_KEY: 'e2e-altcha-key-0123456789abcdef0123456789', RATE_LIMIT_EMAIL_MAX: '100000' } });
  const page = await e2e.browser.newPage();
  try {
    await page.goto(`${app.url}/candidater.html`);
    const el = page.locator('npt-participation-form');
    await el.locator('.step-heading').waitFor();
    await el.evaluate((n) => n.setAttribute('altcha', ''));
    const opened = Date.now();
    await toReview(el, 'altcha.person@example.org');
    await el.locator('altcha-widget').waitFor();
    await el.locator('altcha-widget input[type="checkbox"]').click();
    await el.locator('altcha-widget .altcha[data-state="verified"]').waitFor({ timeout: 30_000 });
    await likeAPerson(page, opened);
    await el.getByRole('button', { name: 'Envoyer la candidature' }).click();
    await el.locator('[part="success"]').waitFor({ timeout: 20_000 });
    const rows = await app.db.selectFrom('participations').select('reference').where('email', '=', 'altcha.person@example.org').execute();
    assert.deepEqual(
      rows.map((r) => r.reference),
      [nb(await el.locator('.reference').innerText())],
    );
  } finally {
    await page.close();
    await app.close();
  }
});
