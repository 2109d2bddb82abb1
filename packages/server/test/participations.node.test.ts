import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { DIALECTS, json, testApp, type TestApp } from './helpers.js';
import { application } from './participations-fixture.js';

for (const dialect of DIALECTS) {
  describe(`participations (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(dialect, { RATE_LIMIT_EMAIL_MAX: '100000' });
    });
    after(() => t.close());
    const post = (body: unknown, key?: string) =>
      t.app.inject({ method: 'POST', url: '/v1/participations', payload: body as object, headers: key ? { 'idempotency-key': key } : {} });
    const countOf = async (
      table: 'participations' | 'participation_prescribers' | 'participation_structures' | 'outbox' | 'idempotency_keys',
    ) =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const count = () => countOf('participations');

    test('an application is stored once with its prescribers and structures, acknowledged with a reference and an e-mail', async () => {
      const r = await post(application, 'key-first');
      assert.equal(r.statusCode, 201);
      const receipt = json(r.body);
      assert.match(receipt.reference, /^NPT-\d{4}-\d{6}$/);
      assert.ok(!Number.isNaN(Date.parse(receipt.receivedAt)));
      const row = await t.db.selectFrom('participations').selectAll().where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
      const stored = JSON.parse(row.payload);
      assert.equal(stored.phone, '01 23 45 67 89', 'phone normalised');
      assert.equal(stored.antispam, undefined, 'anti-spam fields are not kept');
      const prescribers = await t.db
        .selectFrom('participation_prescribers')
        .selectAll()
        .where('participation_id', '=', row.id)
        .orderBy('position')
        .execute();
      assert.deepEqual(
        prescribers.map((p) => [p.organisation, p.kind, p.email]),
        [
          ['CCAS de Montreuil', 'ccas', 'ccas@example.org'],
          ['Bureau de poste Croix-de-Chavaux', 'la-poste', 'poste@example.org'],
        ],
      );
      const structures = await t.db
        .selectFrom('participation_structures')
        .selectAll()
        .where('participation_id', '=', row.id)
        .orderBy('position')
        .execute();
      assert.deepEqual(
        structures.map((s) => [s.name, s.status, s.siret, Number(s.people_per_year)]),
        [
          ['Maison du numérique', 'associative', '73282932000074', 200],
          ['La Poste – espace numérique', 'public', '35600000049837', 80],
        ],
      );
      const mail = await t.db.selectFrom('outbox').selectAll().where('to_address', '=', application.email).executeTakeFirstOrThrow();
      assert.match(mail.subject, new RegExp(receipt.reference));
      assert.match(mail.body, /Montreuil/);
      assert.match(mail.body, /Prescripteurs indiqués : 2 ; structures de médiation : 2/);
      assert.doesNotMatch(mail.body, /Awa Diallo/, 'no typed free text in a mail to an unconfirmed address');
      assert.equal(mail.sent_at, null, 'no SMTP configured: kept in the outbox');
    });

    test('same key and same body replays the first answer; another body is a 422; no key is a 400', async () => {
      const first = await post(application, 'key-replay');
      const before = await count();
      const structuresBefore = await countOf('participation_structures');
      // Same content, keys in another order: the same request.
      const reordered = Object.fromEntries(Object.entries(application).reverse());
      const replay = await post(reordered, 'key-replay');
      assert.equal(replay.statusCode, 201);
      assert.equal(replay.body, first.body);
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.equal(await count(), before, 'no second record');
      assert.equal(await countOf('participation_structures'), structuresBefore, 'no second set of structures');

      const conflict = await post({ ...application, contactName: 'Quelqu’un d’autre' }, 'key-replay');
      assert.equal(conflict.statusCode, 422);
      assert.equal(json(conflict.body).type, 'urn:npt:problem:idempotency-key-reused');

      const missing = await post(application);
      assert.equal(missing.statusCode, 400);
      assert.match(String(missing.headers['content-type']), /^application\/problem\+json/);
      assert.deepEqual(
        json(missing.body).errors.map((e: { path: string }) => e.path),
        ['headers.idempotency-key'],
      );
      assert.equal(await count(), before);
    });

    test('concurrent duplicates with one key: exactly one record, every answer the same', async () => {
      const before = await count();
      const answers = await Promise.all(Array.from({ length: 12 }, () => post(application, 'key-concurrent')));
      assert.deepEqual(new Set(answers.map((a) => a.statusCode)), new Set([201]));
      assert.equal(new Set(answers.map((a) => json(a.body).reference)).size, 1);
      assert.equal(await count(), before + 1);
      const mails = await t.db
        .selectFrom('outbox')
        .select('id')
        .where('subject', 'like', `%${json(answers[0]!.body).reference}%`)
        .execute();
      assert.equal(mails.length, 1, 'one acknowledgement');
    });

    test('distinct keys make distinct applications with increasing references', async () => {
      const a = json((await post(application, 'key-a')).body).reference as string;
      const b = json((await post(application, 'key-b')).body).reference as string;
      assert.notEqual(a, b);
      assert.ok(b > a);
    });

    test('a bot (honeypot filled, or sent in under 3 s) gets an answer that looks accepted, and nothing is stored', async () => {
      const counts = async () =>
        Promise.all(
          (['participations', 'participation_prescribers', 'participation_structures', 'outbox', 'idempotency_keys'] as const).map(countOf),
        );
      const before = await counts();
      const bots = [
        { ...application, antispam: { website: 'https://cheap-pills.example', fillMs: 60_000 } },
        { ...application, antispam: { website: '', fillMs: 2999 } },
        { ...application, antispam: { fillMs: 0 } },
      ];
      const decoys: string[] = [];
      for (const [i, body] of bots.entries()) {
        const r = await post(body, `key-bot-${i}`);
        assert.equal(r.statusCode, 201, `bot ${i}`);
        assert.match(json(r.body).reference, /^NPT-\d{4}-\d{6}$/);
        assert.equal(r.headers['idempotent-replayed'], undefined);
        decoys.push(r.body);
      }
      // A bot's retry looks like a person's: the same answer again.
      const retry = await post(bots[0], 'key-bot-0');
      assert.equal(retry.body, decoys[0]);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.deepEqual(await counts(), before);
      // A person who took exactly the minimum time is not a bot.
      assert.equal((await post({ ...application, antispam: { fillMs: 3000 } }, 'key-human-3s')).statusCode, 201);
      assert.equal(await count(), before[0]! + 1);
    });

    test('strict body: unknown keys, invalid fields and communes outside the Métropole are 400s, with the path of each field', async () => {
      const cases: Array<[unknown, string]> = [
        [{ ...application, admin: true }, 'admin'],
        [{ ...application, consent: false }, 'consent'],
        [{ ...application, components: [] }, 'components'],
        [{ ...application, email: 'nope' }, 'email'],
        [{ ...application, phone: '12 34' }, 'phone'],
        [{ ...application, expectedPeople: { 2024: -3, 2025: 0, 2026: 0 } }, 'expectedPeople.2024'],
        [
          { ...application, structures: [application.structures[0], { ...application.structures[1], siret: '35600000049838' }] },
          'structures.1.siret',
        ],
        [{ ...application, prescribers: [{ ...application.prescribers[0], email: 'ccas@' }] }, 'prescribers.0.email'],
        [{ ...application, projectDescription: undefined }, 'projectDescription'],
        [{ ...application, antispam: { website: '' } }, 'antispam.fillMs'],
        [{ ...application, communeCode: '13055' }, 'communeCode'], // Marseille
      ];
      for (const [body, path] of cases) {
        const r = await post(body, `key-invalid-${path}`);
        assert.equal(r.statusCode, 400, path);
        const problem = json(r.body);
        assert.ok(
          problem.errors.some((e: { path: string }) => e.path === path),
          `${path}: ${JSON.stringify(problem.errors)}`,
        );
        assert.equal(problem.stack, undefined);
      }
      const text = await t.app.inject({
        method: 'POST',
        url: '/v1/participations',
        payload: 'hello',
        headers: { 'content-type': 'text/plain', 'idempotency-key': 'k' },
      });
      assert.equal(text.statusCode, 415);
      const broken = await t.app.inject({
        method: 'POST',
        url: '/v1/participations',
        payload: '{"communeCode":',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'k2' },
      });
      assert.equal(broken.statusCode, 400);
      assert.match(String(broken.headers['content-type']), /^application\/problem\+json/);
    });

    test('ALTCHA is off by default: no challenge route', async () => {
      assert.equal((await t.app.inject({ url: '/v1/antispam/challenge' })).statusCode, 404);
    });
  });
}

describe('ALTCHA on with one setting', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp('sqlite', { ALTCHA_HMAC_KEY: 'altcha-test-key-0123456789abcdef0123456789', RATE_LIMIT_EMAIL_MAX: '100000' });
  });
  after(() => t.close());
  const post = (body: unknown, key: string) =>
    t.app.inject({ method: 'POST', url: '/v1/participations', payload: body as object, headers: { 'idempotency-key': key } });
  const solved = async () => {
    const challenge = json((await t.app.inject({ url: '/v1/antispam/challenge' })).body);
    const solution = await solveChallenge({ challenge, deriveKey });
    assert.ok(solution);
    return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
  };

  test('a submission without a solved challenge is a field error to solve again, never silently dropped', async () => {
    const r = await post(application, 'altcha-none');
    assert.equal(r.statusCode, 400);
    assert.deepEqual(
      json(r.body).errors.map((e: { path: string }) => e.path),
      ['antispam.altcha'],
    );
    const forged = Buffer.from(
      JSON.stringify({ challenge: { parameters: {}, signature: 'x' }, solution: { counter: 1, derivedKey: '00' } }),
    ).toString('base64');
    assert.equal((await post({ ...application, antispam: { fillMs: 60_000, altcha: forged } }, 'altcha-forged')).statusCode, 400);
  });

  test('a solved challenge is accepted once; its retry with the same key replays; another submission cannot reuse it', async () => {
    const altcha = await solved();
    const body = { ...application, antispam: { fillMs: 60_000, altcha } };
    const first = await post(body, 'altcha-ok');
    assert.equal(first.statusCode, 201);
    const retry = await post(body, 'altcha-ok');
    assert.equal(retry.statusCode, 201);
    assert.equal(retry.body, first.body);
    const reuse = await post({ ...body, contactName: 'Autre' }, 'altcha-reuse');
    assert.equal(reuse.statusCode, 400);
    assert.equal(
      Number(
        (
          await t.db
            .selectFrom('participations')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      1,
    );
  });
});

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
