// What the registration widget relies on: themes and status in the list, the form's fields stored, the
// e-mails (waiting-list rank in words, the managing link back to the person's own page), anti-spam, and
// a calendar file that lands on the right instant, including on the days the clocks change.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { decodeBookingRef, type Registration, type Webinar } from '@npt/contract';
import { ADMIN_TOKEN, COMMUNE_ORIGIN, DIALECTS, json, testApp, type TestApp } from './helpers.js';
import { createWebinar } from '../src/services/webinars.js';
import { toIcs } from '../src/formats/ics.js';

const inDays = (days: number, hours = 0) => new Date(Date.now() + days * 86400_000 + hours * 3600_000).toISOString();
const person = (i: number, extra: object = {}) => ({
  firstName: 'Camille',
  lastName: `Martin ${i}`,
  email: `camille.${i}@example.org`,
  organisation: 'Montreuil',
  communeCode: '93048',
  role: 'mediator',
  needs: ['captions', 'other'],
  needsOther: 'Pauses régulières',
  consent: true,
  antispam: { fillMs: 12_000 },
  ...extra,
});

/** The VEVENT's start and end as instants, read by ical.js with the file's own VTIMEZONE (ical.js knows no zone itself). */
function readIcs(ics: string): { start: Date; end: Date; summary: string } {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return { start: event.startDate.toJSDate(), end: event.endDate.toJSDate(), summary: event.summary };
}

test('calendar file: Paris wall-clock times with the Europe/Paris VTIMEZONE, right instant on both sides of each clock change', () => {
  const cases = [
    // 29 March 2026: clocks go forward at 01:00 UTC (02:00 → 03:00 in Paris).
    ['2026-03-29T08:00:00.000Z', '20260329T100000'], // 10:00 CEST
    ['2026-03-28T09:00:00.000Z', '20260328T100000'], // the day before, 10:00 CET
    // 25 October 2026: clocks go back at 01:00 UTC (03:00 → 02:00 in Paris).
    ['2026-10-25T09:00:00.000Z', '20261025T100000'], // 10:00 CET
    ['2026-10-24T08:00:00.000Z', '20261024T100000'], // the day before, 10:00 CEST
    ['2026-03-17T13:00:00.000Z', '20260317T140000'],
  ] as const;
  for (const [instant, local] of cases) {
    const ics = toIcs({
      uid: 'x@npt',
      start: instant,
      end: new Date(Date.parse(instant) + 3600_000).toISOString(),
      summary: 'S',
      description: 'D',
    });
    assert.match(ics, new RegExp(`\\r\\nDTSTART;TZID=Europe/Paris:${local}\\r\\n`), instant);
    assert.match(ics, /\r\nBEGIN:VTIMEZONE\r\nTZID:Europe\/Paris\r\n/);
    const read = readIcs(ics);
    assert.equal(read.start.toISOString(), instant, `ical.js reads ${local} Paris back as ${instant}`);
    assert.equal(read.end.getTime() - read.start.getTime(), 3600_000);
  }
  // 02:30 on 25 October happens twice in Paris: such a time is written in UTC, never ambiguous.
  for (const instant of ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z', '2026-03-29T01:30:00.000Z']) {
    const ics = toIcs({ uid: 'x@npt', start: instant, end: '2026-10-25T05:00:00.000Z', summary: 'S', description: 'D' });
    assert.match(ics, /\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
    assert.equal(readIcs(ics).start.toISOString(), instant);
  }
});

test('calendar file: commas, semicolons, backslashes and line breaks of every kind in a title or description read back as written; lines folded at 75 octets', () => {
  const summary = 'Atelier « Numérique pour tous », financement; aides\\sous-titres\rsuite — '.repeat(3);
  const description = 'Ligne 1\r\nLigne 2\nLigne 3\rLigne 4, avec; tout\\ça\u0007.';
  const ics = toIcs({ uid: 'x@npt', start: '2026-03-17T13:00:00.000Z', end: '2026-03-17T14:00:00.000Z', summary, description });
  // Every line ends with CRLF, none is longer than 75 octets, no stray CR or LF, no control character.
  const lines = ics.split('\r\n');
  assert.equal(lines.pop(), '');
  for (const line of lines) {
    assert.ok(Buffer.byteLength(line) <= 75, line);
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    assert.doesNotMatch(line, /[\u0000-\u0008\u000a-\u001f\u007f]/, JSON.stringify(line));
  }
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent')!);
  assert.equal(event.summary, summary.replace(/\r/g, '\n'));
  assert.equal(event.description, 'Ligne 1\nLigne 2\nLigne 3\nLigne 4, avec; tout\\ça.');
});

for (const dialect of DIALECTS) {
  describe(`webinar registration details (${dialect})`, () => {
    let t: TestApp;
    let n = 0;
    const session = async (capacity: number, extra: { theme?: string; startsAt?: string } = {}) => {
      const id = `reg-${++n}`;
      await createWebinar(t.db, {
        id,
        title: `Session ${n}`,
        description: 'D',
        startsAt: extra.startsAt ?? inDays(7),
        endsAt: inDays(7, 1),
        capacity,
        joinUrl: 'https://visio.example.org/npt',
        ...(extra.theme ? { theme: extra.theme } : {}),
      });
      return id;
    };
    const registerTo = (id: string, body: object, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url: `/v1/webinars/${id}/registrations`, payload: body, headers });
    const lastMailTo = (to: string) =>
      t.db.selectFrom('outbox').selectAll().where('to_address', '=', to).orderBy('id', 'desc').executeTakeFirstOrThrow();
    const list = async (query = '') => json((await t.app.inject({ url: `/v1/webinars${query}` })).body) as Webinar[];

    before(async () => {
      t = await testApp(dialect);
    });
    after(() => t.close());

    test('the list has each session’s theme and status; ?theme= keeps one theme', async () => {
      const open = await session(2, { theme: 'financement' });
      const full = await session(1, { theme: 'parcours' });
      const started = await session(5, { startsAt: inDays(0, -0.5) });
      await registerTo(full, person(1));
      const all = await list();
      const byId = (id: string) => all.find((w) => w.id === id)!;
      assert.deepEqual([byId(open).status, byId(open).theme, byId(open).seatsLeft], ['open', 'financement', 2]);
      assert.deepEqual([byId(full).status, byId(full).seatsLeft], ['waiting-list', 0]);
      assert.equal(byId(started).status, 'closed', 'a session under way is listed (until it ends) but closed');
      assert.equal(byId(started).theme, undefined);
      assert.deepEqual(
        (await list('?theme=financement')).map((w) => w.id),
        [open],
      );
      assert.deepEqual(await list('?theme=inconnu'), []);
      assert.equal((await t.app.inject({ url: '/v1/webinars?theme=' })).statusCode, 400);
    });

    test('the form’s fields are stored and exported; a filled honeypot looks accepted and stores nothing', async () => {
      const id = await session(3);
      const r = await registerTo(id, person(2));
      assert.equal(r.statusCode, 201);
      const row = await t.db.selectFrom('registrations').selectAll().where('webinar_id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(
        [row.name, row.first_name, row.last_name, row.organisation, row.commune, row.commune_code, row.role, row.needs, row.needs_other],
        ['Camille Martin 2', 'Camille', 'Martin 2', 'Montreuil', 'Montreuil', '93048', 'mediator', 'captions|other', 'Pauses régulières'],
      );
      // Free text for "other" is kept only with "other".
      await registerTo(id, person(3, { needs: ['sign-language'], needsOther: 'ignoré', communeCode: undefined, organisation: 'CCAS' }));
      const second = await t.db
        .selectFrom('registrations')
        .selectAll()
        .where('email', '=', 'camille.3@example.org')
        .executeTakeFirstOrThrow();
      assert.deepEqual([second.needs, second.needs_other, second.commune, second.commune_code], ['sign-language', null, null, null]);

      const bot = await registerTo(id, person(4, { antispam: { fillMs: 12_000, website: 'http://spam.example' } }));
      assert.equal(bot.statusCode, 201, 'a bot learns nothing');
      assert.equal(json(bot.body).status, 'registered');
      const fast = await registerTo(id, person(5, { antispam: { fillMs: 300 } }));
      assert.equal(fast.statusCode, 201);
      const stored = await t.db.selectFrom('registrations').select('email').where('webinar_id', '=', id).execute();
      assert.deepEqual(stored.map((s) => s.email).sort(), ['camille.2@example.org', 'camille.3@example.org']);
      assert.equal(
        (
          await t.db
            .selectFrom('outbox')
            .select('id')
            .where('to_address', 'in', ['camille.4@example.org', 'camille.5@example.org'])
            .execute()
        ).length,
        0,
      );

      for (const bad of [
        { role: 'mayor' },
        { needs: ['captions', 'captions'] },
        { organisation: '' },
        { communeCode: 'Montreuil' },
        { antispam: undefined },
        { pageUrl: 'javascript:alert(1)' },
        { needs: ['other'], needsOther: undefined },
      ]) {
        assert.equal((await registerTo(id, person(6, bad))).statusCode, 400, JSON.stringify(bad));
      }
    });

    test('e-mails: rank on the waiting list in words, and a managing link back to the person’s page only on an allowed origin', async () => {
      const id = await session(1);
      const page = `${COMMUNE_ORIGIN}/webinaires?x=1&inscription=old#top`;
      const first = json((await registerTo(id, person(10, { pageUrl: page }))).body) as Registration;
      const mail = await lastMailTo('camille.10@example.org');
      assert.match(mail.subject, /^Inscription confirmée/);
      const link = /Pour consulter ou annuler votre inscription : (\S+)/.exec(mail.body)![1]!;
      const url = new URL(link);
      assert.equal(`${url.origin}${url.pathname}${url.search}`, `${COMMUNE_ORIGIN}/webinaires?x=1`, 'the page, without a stale reference');
      assert.deepEqual(decodeBookingRef(new URLSearchParams(url.hash.slice(1)).get('inscription')), { webinarId: id, token: first.token });
      assert.match(mail.body, /visio\.example\.org/, 'the meeting link goes to a registered person');

      await registerTo(id, person(11));
      const third = json((await registerTo(id, person(12, { pageUrl: 'https://evil.example/phish' }))).body) as Registration;
      assert.deepEqual([third.status, third.position], ['waiting', 2]);
      const waitingMail = await lastMailTo('camille.12@example.org');
      assert.match(waitingMail.body, /vous êtes 2e sur la liste d'attente/);
      assert.doesNotMatch(waitingMail.body, /evil\.example/, 'never a link to a page the API does not serve');
      assert.doesNotMatch(waitingMail.body, /visio\.example\.org/, 'no meeting link for the waiting list');
      assert.match(waitingMail.body, new RegExp(`/v1/webinars/${id}/registrations/${third.token}`));
      assert.match((await lastMailTo('camille.11@example.org')).body, /vous êtes 1re sur la liste d'attente/);

      // The first cancels: the first waiting gets the seat, and an e-mail.
      assert.equal((await t.app.inject({ method: 'DELETE', url: `/v1/webinars/${id}/registrations/${first.token}` })).statusCode, 204);
      const promoted = await lastMailTo('camille.11@example.org');
      assert.match(promoted.subject, /place s'est libérée/);
      assert.match(promoted.body, /visio\.example\.org/);
    });

    test('the same e-mail twice says so and nothing more; a session filled since it was shown answers waiting list', async () => {
      const id = await session(1);
      assert.equal((await list()).find((w) => w.id === id)!.seatsLeft, 1);
      // Someone else takes the last seat between the display and this person's submit.
      await registerTo(id, person(20));
      const late = await registerTo(id, person(21));
      assert.equal(late.statusCode, 201);
      assert.deepEqual([json(late.body).status, json(late.body).position], ['waiting', 1]);
      const twice = await registerTo(id, person(21, { firstName: 'Autre' }));
      assert.equal(twice.statusCode, 409);
      const problem = json(twice.body);
      assert.equal(problem.type, 'urn:npt:problem:already-registered');
      assert.deepEqual(Object.keys(problem).sort(), ['detail', 'status', 'title', 'type'], 'no token, no status, no position');
      const csv = await t.app.inject({
        url: `/v1/admin/webinars/${id}/registrations.csv`,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      assert.match(csv.body, /Camille Martin 20/);
    });
  });
}
