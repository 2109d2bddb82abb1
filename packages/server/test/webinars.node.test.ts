import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Registration, Webinar } from '@npt/contract';
import { ADMIN_TOKEN, DIALECTS, json, testApp, type TestApp } from './helpers.js';
import { createWebinar } from '../src/services/webinars.js';
import { demoWebinars, seedIfEmpty } from '../src/demo/seed.js';

const inDays = (days: number, hours = 0) => new Date(Date.now() + days * 86400_000 + hours * 3600_000).toISOString();
/** A valid registration body, as the widget sends it (a person who took 8 s to fill the form). */
const person = (i: number) => ({
  firstName: 'Personne',
  lastName: String(i),
  email: `personne.${i}@example.org`,
  organisation: 'Mairie de Bellerive',
  role: 'commune-staff',
  consent: true,
  antispam: { fillMs: 8000 },
});

for (const dialect of DIALECTS) {
  describe(`webinars (${dialect})`, () => {
    let t: TestApp;
    let n = 0;
    /** A new session of `capacity` seats, starting in a week. */
    const session = async (capacity: number, startsAt = inDays(7)) => {
      const id = `session-${++n}`;
      await createWebinar(t.db, {
        id,
        title: `Session ${n}, « test »; avec virgule`,
        description: 'Ligne 1\nLigne 2',
        startsAt,
        endsAt: inDays(7, 1),
        capacity,
        joinUrl: 'https://visio.example.org/npt',
      });
      return id;
    };
    const registerTo = (id: string, body: unknown) =>
      t.app.inject({ method: 'POST', url: `/v1/webinars/${id}/registrations`, payload: body as object });
    const list = async () => json((await t.app.inject({ url: '/v1/webinars' })).body) as Webinar[];

    before(async () => {
      t = await testApp(dialect);
    });
    after(() => t.close());

    test('50 concurrent registrations for 10 seats: exactly 10 registered, 40 waiting, positions 1 to 40, no duplicate', async () => {
      const id = await session(10);
      const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => registerTo(id, person(i))));
      assert.deepEqual(new Set(answers.map((a) => a.statusCode)), new Set([201]));
      const regs = answers.map((a) => json(a.body) as Registration);
      assert.equal(regs.filter((r) => r.status === 'registered').length, 10);
      const waiting = regs.filter((r) => r.status === 'waiting');
      assert.equal(waiting.length, 40);
      assert.deepEqual(
        waiting.map((r) => r.position).sort((a, b) => a! - b!),
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
      assert.equal(new Set(regs.map((r) => r.token)).size, 50);
      const rows = await t.db.selectFrom('registrations').select(['status', 'email_key']).where('webinar_id', '=', id).execute();
      assert.equal(rows.filter((r) => r.status === 'registered').length, 10);
      assert.equal(new Set(rows.map((r) => r.email_key)).size, 50);
      const w = (await list()).find((x) => x.id === id)!;
      assert.deepEqual([w.capacity, w.seatsLeft, w.waitingCount], [10, 0, 40]);
    });

    test('the same person cannot register twice, even concurrently', async () => {
      const id = await session(5);
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => registerTo(id, { ...person(1), email: 'Meme.Personne@Example.org' })),
      );
      assert.equal(answers.filter((a) => a.statusCode === 201).length, 1);
      for (const a of answers.filter((x) => x.statusCode !== 201)) {
        assert.equal(a.statusCode, 409);
        assert.equal(json(a.body).type, 'urn:npt:problem:already-registered');
        assert.equal(json(a.body).token, undefined, 'never leaks the first registration');
      }
      const again = await registerTo(id, { ...person(1), email: 'meme.personne@example.org' });
      assert.equal(again.statusCode, 409, 'e-mail compared without case');
    });

    test('cancelling a seat promotes the first on the waiting list; cancelling a waiting place promotes nobody', async () => {
      const id = await session(2);
      const regs: Registration[] = [];
      for (let i = 0; i < 5; i++) regs.push(json((await registerTo(id, person(100 + i))).body));
      assert.deepEqual(
        regs.map((r) => r.status),
        ['registered', 'registered', 'waiting', 'waiting', 'waiting'],
      );
      assert.deepEqual(
        regs.map((r) => r.position),
        [undefined, undefined, 1, 2, 3],
      );

      // The 4th (waiting, position 2) cancels: the 5th moves up to position 2, nobody is promoted.
      const cancelWaiting = await t.app.inject({ method: 'DELETE', url: `/v1/webinars/${id}/registrations/${regs[3]!.token}` });
      assert.equal(cancelWaiting.statusCode, 204);
      assert.equal(json((await t.app.inject({ url: `/v1/webinars/${id}/registrations/${regs[4]!.token}` })).body).position, 2);

      // The 1st (registered) cancels: the 3rd (first waiting) gets the seat and an e-mail.
      const cancelSeat = await t.app.inject({ method: 'DELETE', url: `/v1/webinars/${id}/registrations/${regs[0]!.token}` });
      assert.equal(cancelSeat.statusCode, 204);
      const promoted = json((await t.app.inject({ url: `/v1/webinars/${id}/registrations/${regs[2]!.token}` })).body);
      // Registered now: the meeting link is theirs (it is nowhere public).
      assert.deepEqual(promoted, { token: regs[2]!.token, webinarId: id, status: 'registered', joinUrl: 'https://visio.example.org/npt' });
      const last = json((await t.app.inject({ url: `/v1/webinars/${id}/registrations/${regs[4]!.token}` })).body);
      assert.deepEqual([last.status, last.position, last.joinUrl], ['waiting', 1, undefined]);
      const mail = await t.db
        .selectFrom('outbox')
        .selectAll()
        .where('to_address', '=', person(102).email)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.match(mail.subject, /place s'est libérée/);
      assert.match(mail.body, /https:\/\/visio\.example\.org\/npt/);
      const publicList = json((await t.app.inject({ url: '/v1/webinars' })).body) as Array<Record<string, unknown>>;
      assert.ok(publicList.length > 0 && publicList.every((w) => !('joinUrl' in w)), 'the public list never shows the meeting link');

      // A cancelled token is gone; cancelling again is a 404; the person may register again.
      assert.equal((await t.app.inject({ url: `/v1/webinars/${id}/registrations/${regs[0]!.token}` })).statusCode, 404);
      assert.equal((await t.app.inject({ method: 'DELETE', url: `/v1/webinars/${id}/registrations/${regs[0]!.token}` })).statusCode, 404);
      const back = json((await registerTo(id, person(100))).body);
      assert.deepEqual([back.status, back.position], ['waiting', 2]);
      const w = (await list()).find((x) => x.id === id)!;
      assert.deepEqual([w.seatsLeft, w.waitingCount], [0, 2]);
    });

    test('with an Idempotency-Key, a retried registration gets the same token back instead of a 409', async () => {
      const id = await session(1);
      const post = (key: string, body: unknown) =>
        t.app.inject({
          method: 'POST',
          url: `/v1/webinars/${id}/registrations`,
          payload: body as object,
          headers: { 'idempotency-key': key },
        });
      const first = await post('reg-key-1', person(500));
      assert.equal(first.statusCode, 201);
      const retries = await Promise.all([post('reg-key-1', person(500)), post('reg-key-1', person(500))]);
      for (const retry of retries) {
        assert.equal(retry.statusCode, 201);
        assert.equal(retry.body, first.body);
        assert.equal(retry.headers['idempotent-replayed'], 'true');
      }
      assert.equal((await post('reg-key-1', person(501))).statusCode, 422, 'same key, another person');
      const other = await post('reg-key-2', person(500));
      assert.equal(other.statusCode, 409, 'another key for the same person is a new attempt');
      assert.match(String(other.headers['content-type']), /^application\/problem\+json/);
      const waiting = json((await post('reg-key-3', person(502))).body);
      assert.deepEqual([waiting.status, waiting.position], ['waiting', 1]);
      const rows = await t.db.selectFrom('registrations').select('id').where('webinar_id', '=', id).execute();
      assert.equal(rows.length, 2);
    });

    test('tokens are unguessable and bound to their session', async () => {
      const id = await session(3);
      const other = await session(3);
      const reg = json((await registerTo(id, person(200))).body) as Registration;
      assert.match(reg.token, /^[A-Za-z0-9_-]{32}$/);
      assert.equal((await t.app.inject({ url: `/v1/webinars/${other}/registrations/${reg.token}` })).statusCode, 404);
      assert.equal((await t.app.inject({ method: 'DELETE', url: `/v1/webinars/${other}/registrations/${reg.token}` })).statusCode, 404);
      assert.equal((await t.app.inject({ url: `/v1/webinars/${id}/registrations/short` })).statusCode, 400);
      const r = await t.app.inject({ url: `/v1/webinars/${id}/registrations/${reg.token}` });
      assert.equal(r.headers['cache-control'], 'no-store');
    });

    test('a session that has started, an unknown session and a strict body', async () => {
      const started = await session(10, inDays(-1));
      const closed = await registerTo(started, person(300));
      assert.equal(closed.statusCode, 409);
      assert.equal(json(closed.body).type, 'urn:npt:problem:webinar-closed');
      assert.equal((await registerTo('nope', person(301))).statusCode, 404);
      const id = await session(10);
      for (const body of [
        { ...person(302), extra: 1 },
        { ...person(303), consent: false },
        { ...person(304), email: 'x' },
        { email: 'a@b.fr', consent: true },
      ]) {
        assert.equal((await registerTo(id, body)).statusCode, 400, JSON.stringify(body));
      }
    });

    test('calendar file (RFC 5545): escaped text, UTC times, CRLF lines', async () => {
      const id = await session(10);
      const r = await t.app.inject({ url: `/v1/webinars/${id}/calendar.ics` });
      assert.equal(r.statusCode, 200);
      assert.match(String(r.headers['content-type']), /^text\/calendar/);
      assert.match(String(r.headers['content-disposition']), /attachment; filename="webinaire-session-\d+\.ics"/);
      const ics = r.body;
      assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
      assert.match(ics, /\r\nSUMMARY:Session \d+\\, « test »\\; avec virgule\r\n/);
      assert.match(ics, /\r\nDESCRIPTION:Ligne 1\\nLigne 2\r\n/);
      assert.match(ics, /\r\nDTSTART(;TZID=Europe\/Paris:\d{8}T\d{6}|:\d{8}T\d{6}Z)\r\n/);
      assert.doesNotMatch(ics, /visio\.example\.org/, 'the public calendar file does not carry the meeting link');
      assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75));
      assert.equal((await t.app.inject({ url: '/v1/webinars/nope/calendar.ics' })).statusCode, 404);
    });

    test('admin CSV of a session’s registrations', async () => {
      const id = await session(1);
      await registerTo(id, { ...person(400), organisation: 'CCAS, Ville', role: 'mediator', needs: ['captions', 'sign-language'] });
      await registerTo(id, {
        ...person(401),
        organisation: 'Bobigny',
        communeCode: '93008',
        role: 'elected-official',
        needs: ['other'],
        needsOther: '=HYPERLINK("https://evil.example";"boucle magnétique")',
      });
      const r = await t.app.inject({
        url: `/v1/admin/webinars/${id}/registrations.csv`,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      assert.equal(r.statusCode, 200);
      const lines = r.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(
        lines[0],
        'name,email,organisation,commune,status,registered_at,role,commune_code,accessibility_needs,accessibility_needs_other',
      );
      // Organisers arrange captions and sign language from these columns.
      assert.match(
        lines[1]!,
        /^Personne 400,personne.400@example.org,"CCAS, Ville",,registered,[^,]+,mediator,,"captions, sign-language",$/,
      );
      assert.match(
        lines[2]!,
        /^Personne 401,.*,Bobigny,waiting,[^,]+,elected-official,93008,other,"'=HYPERLINK\(""https:\/\/evil\.example"";""boucle magnétique""\)"$/,
      );
      assert.doesNotMatch(lines[2]!, /(^|[,;"])=/, "the person's own words never become a formula");
      assert.equal((await t.app.inject({ url: `/v1/admin/webinars/${id}/registrations.csv` })).statusCode, 401);
      assert.equal(
        (await t.app.inject({ url: '/v1/admin/webinars/nope/registrations.csv', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }))
          .statusCode,
        404,
      );
    });

    test('the seed adds four upcoming sessions once, listed soonest first', async () => {
      const fresh = await testApp(dialect);
      try {
        await seedIfEmpty(fresh.db);
        await seedIfEmpty(fresh.db);
        const sessions = json((await fresh.app.inject({ url: '/v1/webinars' })).body) as Webinar[];
        const soonestFirst = demoWebinars().sort((a, b) => a.startsAt.localeCompare(b.startsAt));
        assert.deepEqual(
          sessions.map((s) => s.id),
          soonestFirst.map((w) => w.id),
        );
        assert.ok(sessions.every((s) => s.theme && s.status === 'open'));
        assert.ok(sessions.every((s) => Date.parse(s.startsAt) > Date.now() && s.seatsLeft === s.capacity));
        const places = json((await fresh.app.inject({ url: '/v1/places?limit=0' })).body);
        assert.ok(places.total > 200, 'demonstration places');
        const saintDenis = json((await fresh.app.inject({ url: '/v1/places?communes=93066,93048,75056,94080,92012&limit=1000' })).body);
        assert.deepEqual(
          new Set(saintDenis.items.map((p: { code_insee: string }) => p.code_insee)),
          new Set(['93066', '93048', '75056', '94080', '92012']),
        );
        assert.ok(
          saintDenis.items.every(
            (p: { source: string; presentation_resume: string }) =>
              p.source === 'Données de démonstration' && p.presentation_resume.startsWith('Données de démonstration'),
          ),
        );
      } finally {
        await fresh.close();
      }
    });
  });
}
