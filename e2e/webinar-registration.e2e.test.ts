// <npt-webinar-registration> on the demo site, against the real server: people register, a session
// fills, the next person joins the waiting list, the first cancels from the managing link and the first
// waiting person is promoted (and e-mailed); the calendar file lands on the right instant; a visitor in
// Montréal sees their own time; a keyboard alone is enough; axe passes in every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { createWebinar, type WebinarInput } from '../packages/server/src/services/webinars.js';
import { normalizeSpaces as nb, useAppAndBrowser } from './harness.js';

const e2e = useAppAndBrowser();
const axeSource = readFileSync(join(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const inDays = (days: number, hourUtc = 13) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
};
let n = 0;
/** A session of the test's own, in the real database. */
async function session(input: Partial<WebinarInput> & { capacity: number }): Promise<WebinarInput> {
  const id = input.id ?? `e2e-${++n}`;
  const w: WebinarInput = {
    id,
    title: `Session e2e ${id}`,
    description: 'Une session créée par le test.',
    startsAt: inDays(10),
    endsAt: inDays(10, 14),
    joinUrl: `https://visio.example.org/${id}`,
    ...input,
  };
  await createWebinar(e2e.app.db, w);
  return w;
}

async function open(path: string, context?: BrowserContext): Promise<{ page: Page; el: Locator; errors: string[] }> {
  const page = await (context ?? e2e.browser).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|404|net::|Failed to load resource/i.test(m.text())) errors.push(m.text());
  });
  await page.goto(`${e2e.app.url}${path}`);
  return { page, el: page.locator('npt-webinar-registration'), errors };
}

/** axe (WCAG 2 A and AA) on the widget, shadow root included. */
async function assertAccessible(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }
    ).axe;
    const result = await axe.run(document.querySelector('npt-webinar-registration')!, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  assert.deepEqual(violations, [], `axe, ${state}`);
}

const card = (el: Locator, title: string) => el.locator('li.session').filter({ has: el.page().getByRole('heading', { name: title }) });

/** Fills the form as a person does (labels, as read). */
async function fillForm(el: Locator, p: { first: string; last: string; email: string; org: string; pick?: string }): Promise<void> {
  await el.getByLabel('Prénom').fill(p.first);
  await el.getByRole('textbox', { name: /^Nom/ }).fill(p.last);
  await el.getByLabel('Adresse e-mail').fill(p.email);
  await el.getByRole('combobox', { name: /Organisation ou commune/ }).fill(p.org);
  // Pick a suggested commune, or close the suggestions and keep the text as typed.
  if (p.pick) await el.getByRole('option', { name: p.pick, exact: true }).click();
  else await el.page().keyboard.press('Tab');
  await el.getByLabel('Agent ou agente d’une commune').check();
  await el.getByLabel(/J’accepte que la Métropole/).check();
  // The anti-spam minimum fill time is 3 s: a person takes longer, and so does this test.
  await el.page().waitForTimeout(3100);
}

/** The registration the managing link points to, read through the API (as the widget does). */
async function readBooking(
  page: Page,
  manageUrl: string,
): Promise<{ status: number; body: { status?: string; position?: number; joinUrl?: string } }> {
  const ref = new URLSearchParams(new URL(manageUrl).hash.slice(1)).get('inscription')!;
  const dot = ref.lastIndexOf('.');
  return page.evaluate(
    async ([id, token]) => {
      const r = await fetch(`/v1/webinars/${id}/registrations/${token}`);
      return { status: r.status, body: (await r.json()) as { status?: string; position?: number; joinUrl?: string } };
    },
    [ref.slice(0, dot), ref.slice(dot + 1)] as const,
  );
}

test('register, fill the session, join the waiting list, cancel from the managing link: the first waiting person gets the seat', async () => {
  const w = await session({ capacity: 1, title: 'Petite session e2e' });

  // First person: a seat.
  const a = await open('/webinaires.html');
  await card(a.el, w.title).getByText('1 place restante').waitFor();
  await assertAccessible(a.page, 'list of sessions');
  await card(a.el, w.title).getByRole('button', { name: 'S’inscrire' }).click();
  await a.el.getByRole('heading', { name: `Inscription : ${w.title}` }).waitFor();
  // An empty submit: the summary takes focus and links to each field.
  await a.el.getByRole('button', { name: 'Confirmer mon inscription' }).click();
  const summary = a.el.locator('.error-summary');
  await summary.waitFor();
  assert.match(nb(await summary.innerText()), /Prénom/);
  await assertAccessible(a.page, 'form with errors');
  // The communes come from the API; a pick fills the organisation with the commune's name.
  await fillForm(a.el, { first: 'Alice', last: 'Premier', email: 'alice@example.org', org: 'Mont', pick: 'Montreuil' });
  assert.equal(await a.el.getByRole('combobox', { name: /Organisation ou commune/ }).inputValue(), 'Montreuil');
  await assertAccessible(a.page, 'form filled');
  const success = a.page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener('npt-registration-success', (e) => resolve((e as CustomEvent).detail), { once: true }),
      ),
  );
  await a.el.getByRole('button', { name: 'Confirmer mon inscription' }).click();
  await a.el.getByRole('heading', { name: 'Votre inscription est confirmée' }).waitFor();
  assert.deepEqual(await success, { webinarId: w.id, status: 'registered' });
  assert.equal(
    await a.page.evaluate(() => (document.querySelector('npt-webinar-registration')!.shadowRoot!.activeElement as HTMLElement)?.id),
    'done-title',
  );
  const aManage = await a.el.getByRole('link', { name: 'Gérer mon inscription' }).getAttribute('href');
  assert.match(aManage!, new RegExp(`/webinaires\\.html#inscription=${w.id}\\.[A-Za-z0-9_-]{20,}$`));
  assert.equal(
    await a.el.getByRole('link', { name: 'Ajouter à mon agenda' }).getAttribute('href'),
    `${e2e.app.url}/v1/webinars/${w.id}/calendar.ics`,
  );
  await assertAccessible(a.page, 'confirmation');
  const row = await e2e.app.db.selectFrom('registrations').selectAll().where('email', '=', 'alice@example.org').executeTakeFirstOrThrow();
  assert.deepEqual([row.first_name, row.organisation, row.commune_code, row.role], ['Alice', 'Montreuil', '93048', 'commune-staff']);
  const mail = await e2e.app.db.selectFrom('outbox').selectAll().where('to_address', '=', 'alice@example.org').executeTakeFirstOrThrow();
  assert.match(mail.subject, /^Inscription confirmée/);

  // Second person, another browser: the session is full, the waiting list is open.
  const otherContext = await e2e.browser.newContext();
  const b = await open('/webinaires.html', otherContext);
  const full = card(b.el, w.title);
  await full.getByText('Complet : liste d’attente ouverte').waitFor();
  await full.getByRole('button', { name: 'S’inscrire sur la liste d’attente' }).click();
  await b.el.getByText(/Cette session est complète/).waitFor();
  await fillForm(b.el, { first: 'Bruno', last: 'Second', email: 'bruno@example.org', org: 'CCAS de Bellerive' });
  await b.el.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).click();
  await b.el.getByRole('heading', { name: 'Vous êtes sur la liste d’attente' }).waitFor();
  assert.match(nb(await b.el.locator('.position').innerText()), /Vous êtes 1re sur la liste d’attente\./);
  await assertAccessible(b.page, 'waiting-list confirmation');
  const bManage = (await b.el.getByRole('link', { name: 'Gérer mon inscription' }).getAttribute('href'))!;
  const bRow = await e2e.app.db
    .selectFrom('registrations')
    .select('commune_code')
    .where('email', '=', 'bruno@example.org')
    .executeTakeFirstOrThrow();
  assert.equal(bRow.commune_code, null, 'free text kept as typed, no commune');

  // Bruno's managing page: waiting, no meeting link.
  const bPage = await open(new URL(bManage).pathname + new URL(bManage).hash, otherContext);
  await bPage.el.getByText('Vous êtes 1re sur la liste d’attente.').waitFor();
  assert.equal(await bPage.el.getByRole('link', { name: 'Rejoindre la session' }).count(), 0, 'never the meeting link to the waiting list');
  await assertAccessible(bPage.page, 'managing page, waiting');

  // Alice opens her managing link, sees the meeting link, cancels after confirming.
  const m = await open(new URL(aManage!).pathname + new URL(aManage!).hash);
  await m.el.getByText('Inscription confirmée : votre place est réservée.').waitFor();
  assert.equal(await m.el.getByRole('link', { name: 'Rejoindre la session' }).getAttribute('href'), w.joinUrl);
  await assertAccessible(m.page, 'managing page, registered');
  const cancelled = m.page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener('npt-registration-cancel', (e) => resolve((e as CustomEvent).detail), { once: true }),
      ),
  );
  await m.el.getByRole('button', { name: 'Annuler mon inscription' }).click();
  await m.el.getByText(`Voulez-vous vraiment annuler votre inscription à « ${w.title} » ?`).waitFor();
  await assertAccessible(m.page, 'cancel confirmation step');
  await m.el.getByRole('button', { name: 'Oui, annuler mon inscription' }).click();
  await m.el.getByText(/Votre inscription est annulée/).waitFor();
  assert.deepEqual(await cancelled, { webinarId: w.id, status: 'registered' });
  assert.doesNotMatch(m.page.url(), /inscription=/, 'the spent link leaves the address bar');
  await assertAccessible(m.page, 'cancelled');

  // The first waiting person got the seat, the meeting link and an e-mail.
  const promotedBooking = (await readBooking(m.page, bManage)).body;
  assert.deepEqual([promotedBooking.status, promotedBooking.position, promotedBooking.joinUrl], ['registered', undefined, w.joinUrl]);
  await bPage.page.reload();
  await bPage.el.getByText('Inscription confirmée : votre place est réservée.').waitFor();
  await bPage.el.getByRole('link', { name: 'Rejoindre la session' }).waitFor();
  const promoted = await e2e.app.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_address', '=', 'bruno@example.org')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  assert.match(promoted.subject, /place s'est libérée/);
  // Alice's link is dead now.
  assert.equal((await readBooking(m.page, aManage!)).status, 404);
  for (const p of [a, b, bPage, m]) assert.deepEqual(p.errors, []);
  await otherContext.close();
  await a.page.close();
  await m.page.close();
});

test('a session that filled up between display and submit answers "waiting list", not an error; the same e-mail twice says so', async () => {
  const w = await session({ capacity: 1, title: 'Session disputée e2e' });
  const { page, el, errors } = await open('/webinaires.html');
  await card(el, w.title).getByText('1 place restante').waitFor();
  await card(el, w.title).getByRole('button', { name: 'S’inscrire' }).click();
  await fillForm(el, { first: 'Chloé', last: 'Tardive', email: 'chloe@example.org', org: 'Bobigny' });
  // Someone else takes the last seat meanwhile.
  const other = await page.evaluate(async (id) => {
    const r = await fetch(`/v1/webinars/${id}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        firstName: 'D',
        lastName: 'D',
        email: 'd@example.org',
        organisation: 'X',
        role: 'other',
        consent: true,
        antispam: { fillMs: 9000 },
      }),
    });
    return r.status;
  }, w.id);
  assert.equal(other, 201);
  await el.getByRole('button', { name: 'Confirmer mon inscription' }).click();
  await el.getByRole('heading', { name: 'Vous êtes sur la liste d’attente' }).waitFor();
  assert.match(nb(await el.locator('.position').innerText()), /1re/);

  // The same person again: said in words, nothing more revealed.
  await el.getByRole('button', { name: 'S’inscrire à une autre session' }).click();
  await card(el, w.title).getByRole('button', { name: 'S’inscrire sur la liste d’attente' }).click();
  await fillForm(el, { first: 'Chloé', last: 'Tardive', email: 'CHLOE@example.org', org: 'Bobigny' });
  const failed = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener('npt-registration-error', (e) => resolve((e as CustomEvent).detail), { once: true }),
      ),
  );
  await el.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).click();
  await el.getByText(/Cette adresse e-mail est déjà inscrite à cette session/).waitFor();
  assert.deepEqual(await failed, { webinarId: w.id, kind: 'already-registered' });
  assert.equal(await el.getByLabel('Prénom').inputValue(), 'Chloé', 'every value kept');
  await assertAccessible(page, 'already registered');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the calendar file parses back with ical.js to the right instant, also on the days the clocks change', async () => {
  const sessions = [
    await session({ capacity: 5, id: 'e2e-ete', startsAt: '2026-03-29T08:00:00.000Z', endsAt: '2026-03-29T09:30:00.000Z' }),
    await session({ capacity: 5, id: 'e2e-hiver', startsAt: '2026-10-25T09:00:00.000Z', endsAt: '2026-10-25T10:00:00.000Z' }),
    await session({ capacity: 5, id: 'e2e-a-venir', title: 'Session à venir e2e' }),
  ];
  for (const w of sessions) {
    const ics = await (await fetch(`${e2e.app.url}/v1/webinars/${w.id}/calendar.ics`)).text();
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    assert.equal(event.startDate.toJSDate().toISOString(), w.startsAt, `${w.id} start`);
    assert.equal(event.endDate.toJSDate().toISOString(), w.endsAt, `${w.id} end`);
    assert.equal(event.startDate.zone?.tzid, 'Europe/Paris');
    assert.equal(event.summary, w.title);
    assert.doesNotMatch(ics, /visio\.example\.org/, 'the public calendar file has no meeting link');
  }
  // What "Ajouter à mon agenda" downloads in the browser is the same file.
  const { page, el } = await open('/webinaires.html');
  await card(el, 'Session à venir e2e').getByRole('button', { name: 'S’inscrire' }).click();
  await fillForm(el, { first: 'Eva', last: 'Agenda', email: 'eva@example.org', org: 'Pantin' });
  await el.getByRole('button', { name: 'Confirmer mon inscription' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), el.getByRole('link', { name: 'Ajouter à mon agenda' }).click()]);
  assert.equal(download.suggestedFilename(), 'webinaire-e2e-a-venir.ics');
  const file = readFileSync(await download.path(), 'utf8');
  assert.match(file, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris/);
  await page.close();
});

test('a visitor in Montréal sees their own time beside Paris time: 5 hours apart in mid-March, 6 otherwise', async () => {
  // In mid-March North America has changed its clocks and Paris has not (the same as on 17 March 2026,
  // which the node tests of the formatting cover: the server lists upcoming sessions only).
  const march = await session({
    capacity: 5,
    title: 'Session de mars e2e',
    startsAt: '2027-03-17T13:00:00.000Z',
    endsAt: '2027-03-17T14:00:00.000Z',
  });
  const january = await session({
    capacity: 5,
    title: 'Session de janvier e2e',
    startsAt: '2027-01-20T13:00:00.000Z',
    endsAt: '2027-01-20T14:30:00.000Z',
  });
  const context = await e2e.browser.newContext({ timezoneId: 'America/Montreal', locale: 'fr-CA' });
  const { page, el } = await open('/webinaires.html', context);
  assert.equal(
    nb(await card(el, march.title).locator('.when').innerText()),
    'mercredi 17 mars 2027, 14 h 00 (heure de Paris), 9 h 00 à Montréal Durée : 1 h',
  );
  assert.equal(
    nb(await card(el, january.title).locator('.when').innerText()),
    'mercredi 20 janvier 2027, 14 h 00 (heure de Paris), 8 h 00 à Montréal Durée : 1 h 30',
  );
  await assertAccessible(page, 'list in Montréal');
  await context.close();
  // A visitor in Paris sees Paris time alone.
  const paris = await e2e.browser.newContext({ timezoneId: 'Europe/Paris' });
  const p = await open('/webinaires.html', paris);
  assert.equal(
    nb(await card(p.el, march.title).locator('.when').innerText()),
    'mercredi 17 mars 2027, 14 h 00 (heure de Paris) Durée : 1 h',
  );
  await paris.close();
});

test('keyboard only: choose a session, fill the form, send, reach the managing link', async () => {
  const w = await session({ capacity: 3, title: 'Session au clavier e2e' });
  const { page, el } = await open('/webinaires.html');
  const button = card(el, w.title).getByRole('button', { name: 'S’inscrire' });
  await button.waitFor();
  // Tab from the page's start until the session's button has focus.
  for (let i = 0; i < 60 && !(await button.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await el.getByRole('heading', { name: `Inscription : ${w.title}` }).waitFor();
  // The heading has focus; the fields follow in reading order.
  await page.keyboard.press('Tab');
  await page.keyboard.type('Karim');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Clavier');
  await page.keyboard.press('Tab');
  await page.keyboard.type('karim@example.org');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Saint-De');
  await el.getByRole('option', { name: 'Saint-Denis', exact: true }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  assert.equal(await el.getByRole('combobox', { name: /Organisation ou commune/ }).inputValue(), 'Saint-Denis');
  await page.keyboard.press('Tab'); // the first role
  await page.keyboard.press('ArrowDown'); // radios move with the arrows: "Agent ou agente d'une commune"
  assert.equal(await el.getByLabel('Agent ou agente d’une commune').isChecked(), true);
  await page.keyboard.press('Tab'); // first need: captions
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // "other need": its text field appears
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pauses régulières');
  // The notice link, then the consent.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await el.getByLabel(/J’accepte que la Métropole/).isChecked(), true);
  await page.waitForTimeout(3100);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await el.getByRole('heading', { name: 'Votre inscription est confirmée' }).waitFor();
  const row = await e2e.app.db.selectFrom('registrations').selectAll().where('email', '=', 'karim@example.org').executeTakeFirstOrThrow();
  assert.deepEqual(
    [row.organisation, row.commune_code, row.needs, row.needs_other],
    ['Saint-Denis', '93066', 'captions|other', 'Pauses régulières'],
  );
  // From the focused heading, the calendar then the managing link.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() =>
      (document.querySelector('npt-webinar-registration')!.shadowRoot!.activeElement as HTMLElement)?.textContent?.trim(),
    ),
    'Gérer mon inscription',
  );
  await page.close();
});

test('states: loading then list, API down with "Réessayer", no upcoming session, unknown or cancelled link', async () => {
  const { page, el } = await open('/webinaires.html');
  // API down: the message and "Réessayer", which works once the API is back.
  await page.route(/\/v1\/webinars(\?|$)/, (route) => route.abort('connectionrefused'));
  await page.reload();
  // The client retries twice with backoff before saying so (slow on a loaded machine).
  try {
    await el.getByText(/Les webinaires n’ont pas pu être chargés/).waitFor({ timeout: 60_000 });
  } catch (e) {
    console.error(
      'widget state when the API-down message did not show:',
      page.url(),
      await el.evaluate((n) => n.shadowRoot?.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 500)),
    );
    throw e;
  }
  await assertAccessible(page, 'API down');
  await page.unrouteAll();
  await el.getByRole('button', { name: 'Réessayer' }).click();
  await el.locator('li.session').first().waitFor();

  // No upcoming session (a theme with none).
  await el.evaluate((node) => node.setAttribute('theme', 'aucun-theme'));
  await el.getByText('Aucun webinaire n’est prévu pour le moment.').waitFor();
  await assertAccessible(page, 'no upcoming session');
  await el.evaluate((node) => node.removeAttribute('theme'));

  // A link to a booking that does not exist (or was cancelled).
  await page.goto(`${e2e.app.url}/webinaires.html#inscription=decouvrir-le-programme.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
  await el.getByRole('heading', { name: 'Nous ne trouvons pas cette inscription.' }).waitFor();
  await assertAccessible(page, 'unknown booking');
  await el.getByRole('button', { name: 'Voir les webinaires' }).click();
  await el.locator('li.session').first().waitFor();
  assert.doesNotMatch(page.url(), /inscription=/);

  // A link in the query (some CMS rewrite fragments) moves to the fragment at once: it never leaves in a Referer.
  await page.goto(`${e2e.app.url}/webinaires.html?inscription=decouvrir-le-programme.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB`);
  await el.getByRole('heading', { name: 'Nous ne trouvons pas cette inscription.' }).waitFor();
  assert.equal(new URL(page.url()).search, '');
  assert.match(new URL(page.url()).hash, /^#inscription=decouvrir-le-programme\.B+$/);
  const response = await page.request.get(`${e2e.app.url}/webinaires.html`);
  assert.equal(response.headers()['referrer-policy'], 'no-referrer');
  await page.close();
});
