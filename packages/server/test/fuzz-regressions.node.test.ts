// What the fuzzer (fuzz.node.test.ts) found, each kept as a plain test on SQLite and PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_TOKEN, DIALECTS, json, testApp, type TestApp } from './helpers.js';
import { seedIfEmpty } from '../src/demo/seed.js';

const bot = { antispam: { fillMs: 5000, website: 'https://spam.example' } };
const application = {
  communeCode: '93066',
  signerName: 'Camille Martin',
  signerRole: 'Maire',
  contactName: 'Sami Benali',
  role: 'Chargé de mission',
  email: 'sami.benali@example.org',
  phone: '01 49 33 60 00',
  components: ['support'],
  expectedPeople: { '2025': 10 },
  consent: true,
};
const person = {
  firstName: 'Léa',
  lastName: 'Durand',
  email: 'lea.durand@example.org',
  organisation: 'Montreuil',
  role: 'mediator',
  consent: true,
};

for (const dialect of DIALECTS) {
  describe(`fuzzer findings (${dialect})`, () => {
    let t: TestApp;
    let webinar: string;
    before(async () => {
      t = await testApp(dialect);
      await seedIfEmpty(t.db);
      webinar = (json((await t.app.inject({ url: '/v1/webinars' })).body) as { id: string }[])[0]!.id;
    });
    after(() => t.close());

    const problem = (answer: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, type: string) => {
      assert.equal(answer.statusCode, status, answer.body);
      assert.match(String(answer.headers['content-type']), /^application\/problem\+json/);
      assert.equal(json(answer.body).type, `urn:npt:problem:${type}`);
    };

    test('a NUL character in a URL is a 400 problem, not a 500 (PostgreSQL text cannot hold it)', async () => {
      const urls = [
        '/v1/webinars?theme=%00',
        '/v1/webinars/%00/calendar.ics',
        '/v1/webinars/%00/registrations/aaaaaaaaaaaaaaaaaaaaaaaa',
        `/v1/webinars/${webinar}%00/calendar.ics`,
        '/v1/admin/webinars/%00/registrations.csv',
        '/v1/places/%00',
      ];
      for (const url of urls) problem(await t.app.inject({ url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }), 400, 'validation');
      problem(
        await t.app.inject({ method: 'POST', url: '/v1/webinars/%00/registrations', payload: { ...person, antispam: { fillMs: 5000 } } }),
        400,
        'validation',
      );
      problem(await t.app.inject({ method: 'DELETE', url: '/v1/webinars/%00/registrations/aaaaaaaaaaaaaaaaaaaaaaaa' }), 400, 'validation');
    });

    test("the router's own errors are problems too: a path parameter too long, a malformed percent-encoding", async () => {
      problem(await t.app.inject({ url: `/v1/webinars/${'x'.repeat(600)}/calendar.ics` }), 400, 'validation');
      problem(await t.app.inject({ url: '/v1/webinars/%zz/calendar.ics' }), 400, 'validation');
    });

    test("a bot's retry with the same Idempotency-Key gets the same decoy answer, as a person's retry would", async () => {
      const participation = () =>
        t.app.inject({
          method: 'POST',
          url: '/v1/participations',
          headers: { 'idempotency-key': 'bot-participation-1' },
          payload: { ...application, ...bot },
        });
      const [first, again] = [await participation(), await participation()];
      assert.equal(first.statusCode, 201);
      assert.deepEqual(json(again.body), json(first.body));
      const registration = () =>
        t.app.inject({
          method: 'POST',
          url: `/v1/webinars/${webinar}/registrations`,
          headers: { 'idempotency-key': 'bot-registration-1' },
          payload: { ...person, ...bot },
        });
      const [one, two] = [await registration(), await registration()];
      assert.equal(one.statusCode, 201);
      assert.deepEqual(json(two.body), json(one.body));
      // Still nothing kept of the bot: no application, no registration.
      const stored = await t.db.selectFrom('participations').select('id').execute();
      assert.equal(stored.length, 0);
      const registered = await t.db.selectFrom('registrations').select('id').where('email', '=', person.email).execute();
      assert.equal(registered.length, 0);
    });
  });
}
