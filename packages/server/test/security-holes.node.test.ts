// One test per hole of the security review (issue 11), each shown failing on the code before the fix.
// The CSV export hole (2) is tested with the admin exports.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import { REPO_ROOT } from '../src/config.js';
import { migrate, openDatabase, type Db } from '../src/db/connect.js';
import { createWebinar } from '../src/services/webinars.js';
import { Mailer, enqueueMail } from '../src/services/outbox.js';
import { generateDemoRecords } from '../src/demo/places.js';
import { DIALECTS, freshDb, json, openSameDatabase, PG_URL, testApp, type TestApp } from './helpers.js';
import { startServerProcess } from './processes.js';
import { nameFields, person } from './bodies.js';
import { toCsv } from '../src/formats/csv.js';

const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();

async function session(db: Db, id: string, capacity = 5, startsInDays = 7) {
  await createWebinar(db, {
    id,
    title: `Session ${id}`,
    description: 'd',
    startsAt: inDays(startsInDays),
    endsAt: inDays(startsInDays + 0.05),
    capacity,
  });
}

describe('hole 1: rate limits and log redaction decided on the matched route, not the raw URL', () => {
  test('a percent-encoded /v1/ path is limited like the plain one (reads and writes)', async () => {
    const t = await testApp('sqlite', { RATE_LIMIT_MAX: '3', RATE_LIMIT_WRITE_MAX: '2' });
    try {
      const reads = [];
      for (let i = 0; i < 5; i++) reads.push((await t.app.inject({ url: '/%761/communes' })).statusCode);
      assert.deepEqual(reads, [200, 200, 200, 429, 429]);
      await session(t.db, 'w');
      const writes = [];
      for (let i = 0; i < 3; i++) {
        writes.push(
          (
            await t.app.inject({
              method: 'POST',
              url: '/%761/webinars/w/registration%73',
              remoteAddress: '203.0.113.5',
              payload: person(i),
            })
          ).statusCode,
        );
      }
      assert.deepEqual(writes, [201, 201, 429]);
    } finally {
      await t.close();
    }
  });

  test('with Redis down, the limits still hold (counted in memory) and requests are served', async () => {
    // A closed port: every Redis command fails at once.
    const t = await testApp('sqlite', { RATE_LIMIT_MAX: '3', REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const reads = [];
      for (let i = 0; i < 5; i++) reads.push((await t.app.inject({ url: '/v1/communes' })).statusCode);
      assert.deepEqual(reads, [200, 200, 200, 429, 429]);
    } finally {
      await t.close();
    }
  });

  test('a token in an encoded path never reaches the access log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'npt-log-'));
    const file = join(dir, 'db.sqlite');
    const db = openDatabase({ kind: 'sqlite', file });
    await migrate(db);
    await session(db, 'w');
    await db.destroy();
    const server = await startServerProcess({ DATABASE_URL: file, LOG_LEVEL: 'info' });
    try {
      const r = await fetch(`${server.base}/v1/webinars/w/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(person(1)),
      });
      const { token } = (await r.json()) as { token: string };
      assert.equal(r.status, 201);
      for (const path of [`registrations/${token}`, `registration%73/${token}`, `%72egistrations/${token}`, `registrations/${token}?x=1`]) {
        assert.equal((await fetch(`${server.base}/v1/webinars/w/${path}`)).status, 200, path);
      }
      // Paths no API route matches reach the static files' catch-all route (`/*`): a trailing slash, a
      // mangled link, a double encoding must not log the token either.
      for (const path of [
        `registrations/${token}/`,
        `registration%2573/${token}`,
        `REGISTRATIONS/${token}`,
        `registrations%2F${token}`,
        `registrations/${token}/calendar`,
        `registrations;x/${token}`,
      ]) {
        assert.notEqual((await fetch(`${server.base}/v1/webinars/w/${path}`)).status, 200, path);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.match(server.output(), /registrations\/\[token\]/, 'the requests are logged');
      assert.equal(server.output().includes(token), false, 'no token in the log');
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Reads CSV as spreadsheet software does with `separator`: a quote opens a quoted value only at the start
 * of a cell, a doubled quote inside it is one quote; line breaks end a row outside quotes.
 */
function readCsv(csv: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && atStart) ((quoted = true), (atStart = false));
    else if (c === separator || c === '\n' || c === '\r') (cells.push(cell), (cell = ''), (atStart = true));
    else ((cell += c), (atStart = false));
  }
  return [...cells, cell];
}

test('hole 2: no CSV cell becomes a formula for a reader splitting on , ; or tab, doubled quotes included', () => {
  const values = ['Mme X;=1+1', 'a;"=1+1', 'a,"@SUM(A1)', 'x\n"-2+3', 'x\t "+1', '"=HYPERLINK(""https://evil.example"")'];
  // In a second column, so that for a reader on another separator the quoted value does not open its row.
  const csv = toCsv(
    ['id', 'name'],
    values.map((v) => ['y', v]),
  );
  for (const separator of [',', ';', '\t']) {
    const live = readCsv(csv.replace(/^\uFEFF/, ''), separator).filter((cell) => /^[=+\-@]/.test(cell));
    assert.deepEqual(live, [], `separator ${JSON.stringify(separator)}`);
  }
});

describe("hole 3: the programme's sender relays no attacker text", () => {
  let t: TestApp;
  before(async () => {
    t = await testApp('sqlite', { RATE_LIMIT_EMAIL_MAX: '3' });
    for (const id of ['a', 'b', 'c', 'd', 'e']) await session(t.db, id);
  });
  after(() => t.close());

  test('names with line breaks, bidi overrides or zero-width characters are refused (400)', async () => {
    for (const smuggled of [
      'Bob\nVotre inscription est annulée',
      'Bob\u2028Votre inscription est annulée',
      'Bob\u202Eelcat',
      'Bo\u200Bb',
      'Bob\u0000',
    ]) {
      for (const field of nameFields()) {
        const r = await t.app.inject({
          method: 'POST',
          url: '/v1/webinars/a/registrations',
          payload: person(`x${field}`, { [field]: smuggled }),
        });
        assert.equal(r.statusCode, 400, `${field}: ${JSON.stringify(smuggled)}`);
        assert.ok(json(r.body).errors.some((e: { path: string }) => e.path === field));
      }
    }
  });

  test('the e-mail to an unconfirmed address carries none of the free text of the request', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/v1/webinars/a/registrations',
      payload: person('free', Object.fromEntries(nameFields().map((f) => [f, 'Reconfirmez sur http://evil.example']))),
    });
    assert.equal(r.statusCode, 201);
    const mail = await t.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'personne.free@example.org')
      .executeTakeFirstOrThrow();
    assert.doesNotMatch(mail.body, /evil\.example|Reconfirmez/);
    assert.match(mail.body, /^Bonjour,/);
  });

  test('one e-mail address is throttled whatever the client IP', async () => {
    const codes = [];
    for (const [i, id] of ['b', 'c', 'd', 'e'].entries()) {
      const email = i % 2 ? 'Victim@Example.org' : 'victim@example.org ';
      const r = await t.app.inject({
        method: 'POST',
        url: `/v1/webinars/${id}/registrations`,
        remoteAddress: `198.51.100.${i + 1}`,
        payload: person(`v${i}`, { email: email.trim() }),
      });
      codes.push(r.statusCode);
      if (r.statusCode === 429) {
        assert.equal(json(r.body).type, 'urn:npt:problem:rate-limited');
        assert.ok(Number(r.headers['retry-after']) > 0);
      }
    }
    assert.deepEqual(codes, [201, 201, 201, 429]);
    const other = await t.app.inject({
      method: 'POST',
      url: '/v1/webinars/e/registrations',
      remoteAddress: '198.51.100.1',
      payload: person('other'),
    });
    assert.equal(other.statusCode, 201, 'another address from the same IP is not affected');
  });

  test('one mailbox under sub-addresses (victim+1@, victim+2@…) is throttled as one address', async () => {
    await session(t.db, 'plus', 20);
    const codes = [];
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/v1/webinars/plus/registrations',
        remoteAddress: `192.0.2.${i + 1}`,
        payload: person(`p${i}`, { email: `mailbox+${i}@example.org` }),
      });
      codes.push(r.statusCode);
    }
    assert.deepEqual(codes, [201, 201, 201, 429, 429]);
  });
});

for (const dialect of DIALECTS) {
  test(`hole 4 (${dialect}): two mailers on one database send each outbox row once`, async () => {
    const fresh = await freshDb(dialect);
    const { db } = fresh;
    const other = await openSameDatabase(db);
    try {
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < 40; i++) await enqueueMail(trx, { to: `p${i}@example.org`, subject: `S${i}`, text: `T${i}` });
      });
      const sent: string[] = [];
      const transport = () => {
        const t = nodemailer.createTransport({ jsonTransport: true });
        const send = t.sendMail.bind(t);
        t.sendMail = (async (mail: { to: string }) => {
          await new Promise((resolve) => setTimeout(resolve, 2));
          sent.push(String(mail.to));
          return send(mail);
        }) as typeof t.sendMail;
        return t;
      };
      const a = new Mailer(db, transport(), 'npt@example.org');
      const b = new Mailer(other, transport(), 'npt@example.org');
      await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
      assert.equal(sent.length, 40, `${sent.length} mails for 40 rows`);
      assert.equal(new Set(sent).size, 40);
      const rows = await db.selectFrom('outbox').selectAll().execute();
      assert.ok(rows.every((r) => r.sent_at && r.attempts === 1));
    } finally {
      await other.destroy();
      await fresh.dispose();
    }
  });

  test(`hole 4 (${dialect}): a batch outliving its lease (slow SMTP) is not sent again by another process`, async () => {
    const fresh = await freshDb(dialect);
    const { db } = fresh;
    const other = await openSameDatabase(db);
    try {
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < 6; i++) await enqueueMail(trx, { to: `p${i}@example.org`, subject: `S${i}`, text: `T${i}` });
      });
      const sent: string[] = [];
      const transport = (delayMs: number) => {
        const t = nodemailer.createTransport({ jsonTransport: true });
        const send = t.sendMail.bind(t);
        t.sendMail = (async (mail: { to: string }) => {
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          sent.push(String(mail.to));
          return send(mail);
        }) as typeof t.sendMail;
        return t;
      };
      // A claims the 6 rows with a 150 ms lease and takes 100 ms per mail: its lease runs out while it still
      // sends. B flushes once A's claim has expired; the rows A still sends must not be sent by B as well.
      const a = new Mailer(db, transport(100), 'npt@example.org', console, 150);
      const b = new Mailer(other, transport(1), 'npt@example.org', console, 150);
      const first = a.flush();
      await new Promise((resolve) => setTimeout(resolve, 250));
      await Promise.all([first, b.flush()]);
      await a.flush();
      await b.flush();
      sent.sort();
      assert.deepEqual(sent, [...new Set(sent)], `each row sent once: ${sent.join(' ')}`);
      assert.equal(sent.length, 6);
    } finally {
      await other.destroy();
      await fresh.dispose();
    }
  });
}

describe('hole 5: a second writer on SQLite', () => {
  test('npm run import while registrations are posted: both succeed', { timeout: 120_000 }, async () => {
    const t = await testApp('sqlite');
    const dir = mkdtempSync(join(tmpdir(), 'npt-import-'));
    try {
      await session(t.db, 'busy', 1000);
      const file = join(dir, 'places.json');
      writeFileSync(file, JSON.stringify(generateDemoRecords(4000, 5)));
      const sqlitePath = await pragmaFile(t.db);
      const cli = spawn(
        process.execPath,
        ['--conditions=npt-source', '--import', 'tsx', join(REPO_ROOT, 'packages/server/src/cli/import.ts'), file, '--source', 'busy-test'],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, DATABASE_URL: sqlitePath, LOG_LEVEL: 'silent' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let out = '';
      cli.stdout.on('data', (c) => (out += c));
      cli.stderr.on('data', (c) => (out += c));
      const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve));
      let done = false;
      void exited.then(() => (done = true));
      const codes: number[] = [];
      for (let i = 0; !done || i < 20; i++) {
        const batch = await Promise.all(
          Array.from({ length: 4 }, (_, k) =>
            t.app.inject({ method: 'POST', url: '/v1/webinars/busy/registrations', payload: person(`busy-${i}-${k}`) }),
          ),
        );
        codes.push(...batch.map((r) => r.statusCode));
      }
      assert.equal(await exited, 0, out);
      assert.match(out, /4000 records/);
      assert.deepEqual([...new Set(codes)], [201], `every registration accepted (${codes.length} posted)`);
    } finally {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the import CLI prints one line, never a stack, when the database cannot be used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'npt-cli-'));
    try {
      writeFileSync(join(dir, 'p.json'), '[]');
      const r = spawnSync(
        process.execPath,
        ['--conditions=npt-source', '--import', 'tsx', join(REPO_ROOT, 'packages/server/src/cli/import.ts'), join(dir, 'p.json')],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, DATABASE_URL: dir }, // a directory is no SQLite file
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      assert.equal(r.status, 1);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function pragmaFile(db: Db): Promise<string> {
  const { sql } = await import('kysely');
  const rows = (await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(db)).rows;
  return rows[0]!.file;
}

for (const dialect of DIALECTS) {
  describe(`holes 6 and 9 (${dialect}): idempotent replays and secrets at rest`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(dialect);
      await session(t.db, 'w', 1);
    });
    after(() => t.close());

    test('hole 6: replaying a registration after its cancellation does not answer 201 with a dead token', async () => {
      const post = () =>
        t.app.inject({
          method: 'POST',
          url: '/v1/webinars/w/registrations',
          headers: { 'idempotency-key': 'k-cancel' },
          payload: person('cancel'),
        });
      const first = await post();
      assert.equal(first.statusCode, 201);
      const { token } = json(first.body);
      assert.equal((await post()).statusCode, 201, 'a replay while live answers as the first time');
      assert.equal((await t.app.inject({ method: 'DELETE', url: `/v1/webinars/w/registrations/${token}` })).statusCode, 204);
      const replay = await post();
      assert.notEqual(replay.statusCode, 201);
      assert.equal(replay.statusCode, 404);
      assert.equal(json(replay.body).type, 'urn:npt:problem:not-found');
    });

    test('hole 9: no registration token or Idempotency-Key in clear in the database; sent bodies emptied', async () => {
      const sentTo: string[] = [];
      const key = 'idem-secret-key-0123456789';
      const r = await t.app.inject({
        method: 'POST',
        url: '/v1/webinars/w/registrations',
        headers: { 'idempotency-key': key },
        payload: person('secret'),
      });
      assert.equal(r.statusCode, 201);
      const { token } = json(r.body);
      const everything = async () =>
        JSON.stringify(
          await Promise.all(
            (['registrations', 'idempotency_keys', 'outbox'] as const).map((table) => t.db.selectFrom(table).selectAll().execute()),
          ),
        );
      const outbox = await t.db
        .selectFrom('outbox')
        .selectAll()
        .where('to_address', '=', 'personne.secret@example.org')
        .executeTakeFirstOrThrow();
      assert.ok(outbox.body.includes(token), 'the unsent e-mail carries the link');
      const dump = (await everything()).replace(JSON.stringify(outbox.body).slice(1, -1), '');
      assert.equal(dump.includes(token), false, 'token found at rest outside the unsent e-mail');
      assert.equal(dump.includes(key), false, 'Idempotency-Key found at rest');
      // The replay still answers with the same token, and the token still works.
      const replay = await t.app.inject({
        method: 'POST',
        url: '/v1/webinars/w/registrations',
        headers: { 'idempotency-key': key },
        payload: person('secret'),
      });
      assert.equal(json(replay.body).token, token);
      assert.equal((await t.app.inject({ url: `/v1/webinars/w/registrations/${token}` })).statusCode, 200);
      // Once sent, the body (and its link) is gone from the outbox.
      const transport = nodemailer.createTransport({ jsonTransport: true });
      const send = transport.sendMail.bind(transport);
      transport.sendMail = (async (mail: { to: string }) => (sentTo.push(String(mail.to)), send(mail))) as typeof transport.sendMail;
      await new Mailer(t.db, transport, 'npt@example.org').flush();
      assert.ok(sentTo.includes('personne.secret@example.org'));
      assert.equal((await everything()).includes(token), false, 'token still at rest after sending');
    });

    test('hole 9: registrations are deleted RETENTION_MONTHS after their session, with their e-mails', async () => {
      const { purgePersonalData } = await import('../src/services/retention.js');
      const now = new Date();
      const ago = (months: number) => {
        const d = new Date(now);
        d.setUTCMonth(d.getUTCMonth() - months);
        return d.toISOString();
      };
      await createWebinar(t.db, { id: 'old', title: 'Old', description: 'd', startsAt: ago(7), endsAt: ago(7), capacity: 5 });
      await createWebinar(t.db, { id: 'recent', title: 'Recent', description: 'd', startsAt: ago(5), endsAt: ago(5), capacity: 5 });
      for (const [webinar, when] of [
        ['old', ago(7.2)],
        ['recent', ago(5.2)],
      ] as const) {
        await t.db
          .insertInto('registrations')
          .values({
            token_hash: `h-${webinar}`,
            webinar_id: webinar,
            name: 'N',
            email: `${webinar}@example.org`,
            email_key: `${webinar}@example.org`,
            organisation: null,
            commune: null,
            status: 'registered',
            created_at: when,
            updated_at: when,
          } as never)
          .execute();
        await t.db
          .insertInto('outbox')
          .values({ to_address: `${webinar}@example.org`, subject: 's', body: 'b', created_at: when, attempts: 1 })
          .execute();
      }
      const report = await purgePersonalData(t.db, 6, now);
      assert.deepEqual(report, { registrations: 1, mails: 1 });
      const left = (await t.db.selectFrom('registrations').select('email').where('webinar_id', 'in', ['old', 'recent']).execute()).map(
        (r) => r.email,
      );
      assert.deepEqual(left, ['recent@example.org']);
      const mails = (
        await t.db.selectFrom('outbox').select('to_address').where('to_address', 'in', ['old@example.org', 'recent@example.org']).execute()
      ).map((r) => r.to_address);
      assert.deepEqual(mails, ['recent@example.org']);
    });

    test('hole 9: a mail given up after its last attempt does not keep its body (the secret link) until the retention', async () => {
      const { purgePersonalData } = await import('../src/services/retention.js');
      const now = new Date().toISOString();
      for (const [to, attempts] of [
        ['given-up@example.org', 5],
        ['pending@example.org', 1],
      ] as const) {
        await t.db
          .insertInto('outbox')
          .values({ to_address: to, subject: 's', body: 'Lien : /v1/webinars/w/registrations/SECRET', created_at: now, attempts })
          .execute();
      }
      await purgePersonalData(t.db, 6);
      const bodies = Object.fromEntries(
        (
          await t.db
            .selectFrom('outbox')
            .select(['to_address', 'body'])
            .where('to_address', 'in', ['given-up@example.org', 'pending@example.org'])
            .execute()
        ).map((r) => [r.to_address, r.body]),
      );
      assert.deepEqual(bodies, { 'given-up@example.org': '', 'pending@example.org': 'Lien : /v1/webinars/w/registrations/SECRET' });
    });
  });
}

describe('hole 7: slow clients and a saturated server', () => {
  test('a body trickled a byte at a time is cut after REQUEST_TIMEOUT_MS', { timeout: 30_000 }, async () => {
    const t = await testApp('sqlite', { REQUEST_TIMEOUT_MS: '2000' });
    try {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as { port: number };
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(
            'POST /v1/webinars/w/registrations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
          );
          const drip = setInterval(() => socket.write('{'), 500);
          const give = setTimeout(() => socket.destroy(), 12_000);
          socket.on('close', () => {
            clearInterval(drip);
            clearTimeout(give);
            resolve(Date.now() - started);
          });
          socket.on('error', () => undefined);
          socket.resume();
        });
      });
      assert.ok(closedAfter < 6000, `connection held ${closedAfter} ms`);
    } finally {
      await t.close();
    }
  });

  test('a saturated event loop sheds load: 503 problem with Retry-After', async () => {
    const t = await testApp('sqlite', { MAX_EVENT_LOOP_DELAY_MS: '100' });
    try {
      const codes: number[] = [];
      let shed;
      for (let round = 0; round < 4 && !shed; round++) {
        // Handlers that keep the event loop busy for 1.5 s, 150 ms at a time.
        for (const stop = Date.now() + 1500; Date.now() < stop;) {
          const end = Date.now() + 150;
          while (Date.now() < end);
          await new Promise((resolve) => setImmediate(resolve));
        }
        const r = await t.app.inject({ url: '/v1/communes' });
        codes.push(r.statusCode);
        if (r.statusCode === 503) shed = r;
      }
      assert.ok(shed, `no 503 (${codes.join()})`);
      assert.ok(Number(shed.headers['retry-after']) > 0);
      assert.equal(json(shed.body).type, 'urn:npt:problem:overloaded');
      await new Promise((resolve) => setTimeout(resolve, 2500));
      assert.equal((await t.app.inject({ url: '/v1/communes' })).statusCode, 200, 'served again once the loop is free');
    } finally {
      await t.close();
    }
  });
});

for (const dialect of DIALECTS) {
  test(`hole 9 (${dialect}): a database of the previous version is migrated: tokens hashed, keys hashed, answers sealed, sent bodies emptied, all still working`, async () => {
    const { Migrator } = await import('kysely');
    const { migrationProvider } = await import('../src/db/migrations.js');
    const { buildApp } = await import('../src/app.js');
    const { loadConfig } = await import('../src/config.js');
    const empty = await emptyDb(dialect);
    const { db } = empty;
    try {
      const names = Object.keys(await migrationProvider.getMigrations()).sort();
      const previous = names[names.indexOf('0005_security_secrets_at_rest') - 1]!;
      const schema =
        dialect === 'sqlite'
          ? undefined
          : (await (await import('kysely')).sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s;
      const { error } = await new Migrator({
        db,
        provider: migrationProvider,
        ...(schema ? { migrationTableSchema: schema } : {}),
      }).migrateTo(previous);
      assert.ifError(error);
      await session(db, 'old', 5);
      const token = 'OldToken_0123456789abcdefABCDEF';
      const stamp = new Date().toISOString();
      const legacy = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await legacy
        .insertInto('registrations')
        .values({
          token,
          webinar_id: 'old',
          name: 'N',
          email: 'old@example.org',
          email_key: 'old@example.org',
          status: 'registered',
          created_at: stamp,
          updated_at: stamp,
        })
        .execute();
      const answer = { token, webinarId: 'old', status: 'registered' };
      await legacy
        .insertInto('idempotency_keys')
        .values({
          scope: 'registrations:old',
          key: 'old-key',
          request_hash: 'x',
          status_code: 201,
          response_body: JSON.stringify(answer),
          created_at: stamp,
        })
        .execute();
      await legacy
        .insertInto('outbox')
        .values({ to_address: 'old@example.org', subject: 's', body: `link ${token}`, created_at: stamp, sent_at: stamp, attempts: 1 })
        .execute();
      await migrate(db);
      const dump = JSON.stringify(
        await Promise.all((['registrations', 'idempotency_keys', 'outbox'] as const).map((t) => db.selectFrom(t).selectAll().execute())),
      );
      assert.equal(dump.includes(token), false, 'token still in clear after the migration');
      assert.equal(dump.includes('old-key'), false, 'Idempotency-Key still in clear after the migration');
      const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db, logger: false });
      try {
        assert.equal((await app.inject({ url: `/v1/webinars/old/registrations/${token}` })).statusCode, 200, 'the old token still works');
        const { idempotent } = await import('../src/services/idempotency.js');
        const replay = await idempotent(db, 'registrations:old', 'old-key', {}, () => Promise.reject(new Error('not a replay')));
        assert.equal(replay.kind, 'conflict', 'the stored request hash is kept');
        const row = await db.selectFrom('idempotency_keys').selectAll().executeTakeFirstOrThrow();
        const { openAnswer } = await import('../src/services/idempotency.js');
        assert.deepEqual(
          JSON.parse(openAnswer('registrations:old', 'old-key', row.response_body)),
          answer,
          'the answer opens with the key',
        );
      } finally {
        await app.close();
      }
    } finally {
      await empty.dispose();
    }
  });
}

/** A database with no table yet (freshDb migrates to the latest version). */
async function emptyDb(dialect: 'sqlite' | 'postgres'): Promise<{ db: Db; dispose(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'npt-empty-'));
    const db = openDatabase({ kind: 'sqlite', file: join(dir, 'db.sqlite') });
    return { db, dispose: async () => (await db.destroy(), rmSync(dir, { recursive: true, force: true })) };
  }
  const pg = (await import('pg')).default;
  const schema = `e_${Math.random().toString(36).slice(2, 10)}`;
  const run = async (query: string) => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  await run(`CREATE SCHEMA ${schema}`);
  const db = openDatabase({ kind: 'postgres', url: PG_URL!, schema });
  return { db, dispose: async () => (await db.destroy(), await run(`DROP SCHEMA ${schema} CASCADE`)) };
}
