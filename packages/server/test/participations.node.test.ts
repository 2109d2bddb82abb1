import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_TOKEN, DIALECTS, json, testApp, type TestApp } from './helpers.js';

const application = {
  communeCode: '93048',
  contactName: 'Awa Diallo',
  role: 'Cheffe de projet inclusion numérique',
  email: 'awa.diallo@example.org',
  phone: '01 23 45 67 89',
  components: ['places', 'support'],
  expectedPeople: { 2024: 120, 2025: 300, 2026: 450 },
  projectCost: 85000,
  message: '=HYPERLINK("http://evil.example")', // what a spreadsheet would run
  consent: true,
};

for (const dialect of DIALECTS) {
  describe(`participations (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(dialect);
    });
    after(() => t.close());
    const post = (body: unknown, key?: string) =>
      t.app.inject({ method: 'POST', url: '/v1/participations', payload: body as object, headers: key ? { 'idempotency-key': key } : {} });
    const count = async () => Number((await t.db.selectFrom('participations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    test('an application is stored once, acknowledged with a human reference and an e-mail in the outbox', async () => {
      const r = await post(application, 'key-first');
      assert.equal(r.statusCode, 201);
      const receipt = json(r.body);
      assert.match(receipt.reference, /^NPT-\d{4}-\d{6}$/);
      assert.ok(!Number.isNaN(Date.parse(receipt.receivedAt)));
      const mail = await t.db.selectFrom('outbox').selectAll().where('to_address', '=', application.email).executeTakeFirstOrThrow();
      assert.match(mail.subject, new RegExp(receipt.reference));
      assert.match(mail.body, /Montreuil/);
      assert.equal(mail.sent_at, null, 'no SMTP configured: kept in the outbox');
    });

    test('same key and same body replays the first answer; another body is a 422; no key is a 400', async () => {
      const first = await post(application, 'key-replay');
      const before = await count();
      // Same content, keys in another order: the same request.
      const reordered = Object.fromEntries(Object.entries(application).reverse());
      const replay = await post(reordered, 'key-replay');
      assert.equal(replay.statusCode, 201);
      assert.equal(replay.body, first.body);
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.equal(await count(), before, 'no second record');

      const conflict = await post({ ...application, contactName: 'Quelqu’un d’autre' }, 'key-replay');
      assert.equal(conflict.statusCode, 422);
      assert.equal(json(conflict.body).type, 'urn:npt:problem:idempotency-key-reused');

      const missing = await post(application);
      assert.equal(missing.statusCode, 400);
      assert.match(String(missing.headers['content-type']), /^application\/problem\+json/);
      assert.deepEqual(json(missing.body).errors.map((e: { path: string }) => e.path), ['headers.idempotency-key']);
      assert.equal(await count(), before);
    });

    test('concurrent duplicates with one key: exactly one record, every answer the same', async () => {
      const before = await count();
      const answers = await Promise.all(Array.from({ length: 12 }, () => post(application, 'key-concurrent')));
      assert.deepEqual(new Set(answers.map((a) => a.statusCode)), new Set([201]));
      assert.equal(new Set(answers.map((a) => json(a.body).reference)).size, 1);
      assert.equal(await count(), before + 1);
      const mails = await t.db.selectFrom('outbox').select('id').where('subject', 'like', `%${json(answers[0]!.body).reference}%`).execute();
      assert.equal(mails.length, 1, 'one acknowledgement');
    });

    test('distinct keys make distinct applications with increasing references', async () => {
      const a = json((await post(application, 'key-a')).body).reference as string;
      const b = json((await post(application, 'key-b')).body).reference as string;
      assert.notEqual(a, b);
      assert.ok(b > a);
    });

    test('strict body: unknown keys, invalid fields and communes outside the Métropole are 400s', async () => {
      const cases: Array<[unknown, string]> = [
        [{ ...application, admin: true }, 'admin'],
        [{ ...application, consent: false }, 'consent'],
        [{ ...application, components: [] }, 'components'],
        [{ ...application, email: 'nope' }, 'email'],
        [{ ...application, expectedPeople: { 2024: -3, 2025: 0, 2026: 0 } }, 'expectedPeople.2024'],
        [{ ...application, communeCode: '13055' }, 'communeCode'], // Marseille
      ];
      for (const [body, path] of cases) {
        const r = await post(body, `key-invalid-${path}`);
        assert.equal(r.statusCode, 400, path);
        const problem = json(r.body);
        assert.ok(problem.errors.some((e: { path: string }) => e.path === path), `${path}: ${JSON.stringify(problem.errors)}`);
        assert.equal(problem.stack, undefined);
      }
      const text = await t.app.inject({ method: 'POST', url: '/v1/participations', payload: 'hello', headers: { 'content-type': 'text/plain', 'idempotency-key': 'k' } });
      assert.equal(text.statusCode, 415);
      const broken = await t.app.inject({ method: 'POST', url: '/v1/participations', payload: '{"communeCode":', headers: { 'content-type': 'application/json', 'idempotency-key': 'k2' } });
      assert.equal(broken.statusCode, 400);
      assert.match(String(broken.headers['content-type']), /^application\/problem\+json/);
    });

    test('admin CSV export behind the bearer token, safe to open in a spreadsheet', async () => {
      const none = await t.app.inject({ url: '/v1/admin/participations.csv' });
      assert.equal(none.statusCode, 401);
      assert.match(String(none.headers['www-authenticate']), /^Bearer/);
      const wrong = await t.app.inject({ url: '/v1/admin/participations.csv', headers: { authorization: `Bearer ${ADMIN_TOKEN}x` } });
      assert.equal(wrong.statusCode, 401);
      const r = await t.app.inject({ url: '/v1/admin/participations.csv', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      assert.equal(r.statusCode, 200);
      // The scheme name is case-insensitive.
      assert.equal((await t.app.inject({ url: '/v1/admin/participations.csv', headers: { authorization: `bearer ${ADMIN_TOKEN}` } })).statusCode, 200);
      assert.match(String(r.headers['content-type']), /^text\/csv/);
      assert.equal(r.headers['cache-control'], 'no-store');
      const lines = r.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines[0], 'reference,received_at,commune_code,commune,contact_name,role,email,phone,components,people_2024,people_2025,people_2026,project_cost,message');
      assert.equal(lines.length - 1, await count());
      assert.match(lines[1]!, /,93048,Montreuil,Awa Diallo,/);
      assert.match(lines[1]!, /,places\|support,120,300,450,85000,"'=HYPERLINK\(""http:\/\/evil.example""\)"$/);
    });
  });
}

describe('admin routes without a configured token', () => {
  test('are not served at all', async () => {
    const t = await testApp('sqlite', { ADMIN_TOKEN: '' });
    try {
      const r = await t.app.inject({ url: '/v1/admin/participations.csv', headers: { authorization: 'Bearer anything' } });
      assert.equal(r.statusCode, 404);
    } finally {
      await t.close();
    }
  });
});
