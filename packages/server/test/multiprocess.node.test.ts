// The server as the Métropole runs it: several processes behind a load balancer on one PostgreSQL and one
// Redis. Requests alternate between two processes; the test checks what must hold across them. Also:
// a process stopped (SIGTERM) during traffic finishes what is in flight and loses no e-mail.
// CI (.ci/run) starts PostgreSQL and Redis; with CI=true their absence fails instead of skipping.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { normalisePlaces } from '@npt/contract';
import { REPO_ROOT } from '../src/config.js';
import { migrate, openDatabase, type Db } from '../src/db/connect.js';
import { createWebinar } from '../src/services/webinars.js';
import { upsertPlaces } from '../src/services/places.js';
import { generateDemoRecords } from '../src/demo/places.js';
import { PG_URL } from './helpers.js';
import { eventually, startServerProcess, startSmtpSink, type ServerProcess } from './processes.js';
import { person } from './bodies.js';

const REDIS_URL = process.env.REDIS_URL?.match(/^rediss?:\/\//) ? process.env.REDIS_URL : undefined;
const missing = [PG_URL ? '' : 'DATABASE_URL=postgres://…', REDIS_URL ? '' : 'REDIS_URL=redis://…'].filter(Boolean).join(' and ');
const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();
/** A client address of its own per scenario (the processes trust loopback's X-Forwarded-For), so runs never share counters. */
const clientIp = () => `10.${randomBytes(3).join('.')}`;

if (missing && process.env.CI === 'true') {
  test('two server processes on one PostgreSQL and one Redis', () => {
    assert.fail(`${missing} required in CI: .ci/run starts PostgreSQL and Redis`);
  });
} else {
  describe(
    'two server processes on one PostgreSQL and one Redis',
    { skip: missing ? `${missing} not set (.ci/run starts them)` : false, timeout: 180_000 },
    () => {
      const schema = `mp_${randomBytes(5).toString('hex')}`;
      let db: Db;
      let servers: ServerProcess[] = [];
      let sink: Awaited<ReturnType<typeof startSmtpSink>>;
      let url: string;
      let n = 0;
      /** The next process, in turn. */
      const next = () => servers[n++ % servers.length]!;
      const post = (server: ServerProcess, path: string, body: unknown, headers: Record<string, string> = {}) =>
        fetch(`${server.base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });

      before(async () => {
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`CREATE SCHEMA ${schema}`);
        await admin.end();
        db = openDatabase({ kind: 'postgres', url: PG_URL!, schema });
        await migrate(db);
        await createWebinar(db, {
          id: 'five',
          title: 'Cinq places',
          description: 'd',
          startsAt: inDays(7),
          endsAt: inDays(7.05),
          capacity: 5,
        });
        await createWebinar(db, {
          id: 'many',
          title: 'Grande salle',
          description: 'd',
          startsAt: inDays(8),
          endsAt: inDays(8.05),
          capacity: 500,
        });
        await upsertPlaces(db, normalisePlaces(generateDemoRecords(60, 11), { source: 'mp' }).places);
        sink = await startSmtpSink();
        const withSchema = new URL(PG_URL!);
        withSchema.searchParams.set('options', `-c search_path=${schema}`);
        url = withSchema.href;
        const env = {
          DATABASE_URL: url,
          REDIS_URL: REDIS_URL!,
          SMTP_URL: sink.url,
          MAIL_FROM: 'NPT <npt@example.org>',
          TRUST_PROXY: 'loopback',
          RATE_LIMIT_MAX: '10',
          RATE_LIMIT_WRITE_MAX: '10000',
          RATE_LIMIT_EMAIL_MAX: '10000',
        };
        servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
      });

      after(async () => {
        const codes = await Promise.all(servers.map((s) => s.stop()));
        await sink?.close();
        await db?.destroy();
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
        assert.deepEqual(codes, [0, 0], 'both processes stop cleanly on SIGTERM');
      });

      test('capacity exact: 16 concurrent registrations for 5 seats, alternated → 5 registered, 11 waiting at positions 1 to 11', async () => {
        const answers = await Promise.all(
          Array.from({ length: 16 }, (_, i) =>
            post(next(), '/v1/webinars/five/registrations', person(`cap-${i}`), { 'x-forwarded-for': clientIp() }),
          ),
        );
        assert.deepEqual([...new Set(answers.map((r) => r.status))], [201]);
        const bodies = (await Promise.all(answers.map((r) => r.json()))) as Array<{ status: string; position?: number }>;
        assert.equal(bodies.filter((b) => b.status === 'registered').length, 5);
        assert.deepEqual(
          bodies
            .filter((b) => b.status === 'waiting')
            .map((b) => b.position)
            .sort((a, b) => a! - b!),
          Array.from({ length: 11 }, (_, i) => i + 1),
        );
      });

      test('idempotency exact: one key sent 10 times at once to both processes → one registration, one token', async () => {
        const key = `mp-${randomBytes(6).toString('hex')}`;
        const answers = await Promise.all(
          Array.from({ length: 10 }, () =>
            post(next(), '/v1/webinars/many/registrations', person('idem'), { 'idempotency-key': key, 'x-forwarded-for': clientIp() }),
          ),
        );
        assert.deepEqual([...new Set(answers.map((r) => r.status))], [201]);
        const tokens = new Set(((await Promise.all(answers.map((r) => r.json()))) as Array<{ token: string }>).map((b) => b.token));
        assert.equal(tokens.size, 1);
        const rows = await db.selectFrom('registrations').select('id').where('email_key', '=', 'personne.idem@example.org').execute();
        assert.equal(rows.length, 1);
      });

      test('one e-mail per outbox row, though both processes send', async () => {
        // More writes on both, so that both flush while rows of the other are pending.
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            post(next(), '/v1/webinars/many/registrations', person(`mail-${i}`), { 'x-forwarded-for': clientIp() }),
          ),
        );
        const rows = async () => db.selectFrom('outbox').select(['to_address', 'sent_at']).execute();
        await eventually(async () => (await rows()).every((r) => r.sent_at !== null), 30_000, 'every outbox row sent');
        await new Promise((resolve) => setTimeout(resolve, 500)); // a duplicate send would arrive now
        const outbox = await rows();
        assert.equal(outbox.length, 16 + 1 + 20);
        assert.equal(sink.mails.length, outbox.length, `${sink.mails.length} e-mails for ${outbox.length} rows`);
        assert.deepEqual(sink.mails.map((m) => m.to.join()).sort(), outbox.map((r) => r.to_address).sort());
      });

      test('the place index of both processes is refreshed after an import by a third process', async () => {
        const total = async (server: ServerProcess) => {
          const r = await fetch(`${server.base}/v1/places?limit=1`, { headers: { 'x-forwarded-for': clientIp() } });
          assert.equal(r.status, 200);
          return ((await r.json()) as { total: number }).total;
        };
        const before = await Promise.all(servers.map(total));
        assert.equal(before[0], before[1]);
        const dir = mkdtempSync(join(tmpdir(), 'npt-mp-'));
        try {
          const file = join(dir, 'new.json');
          writeFileSync(file, JSON.stringify(generateDemoRecords(3, 777).map((r, i) => ({ ...(r as object), id: `mp-new-${i}` }))));
          const cli = spawnSync(
            process.execPath,
            [
              '--conditions=npt-source',
              '--import',
              'tsx',
              join(REPO_ROOT, 'packages/server/src/cli/import.ts'),
              file,
              '--source',
              'mp-new',
            ],
            {
              cwd: REPO_ROOT,
              env: { ...process.env, DATABASE_URL: url },
              encoding: 'utf8',
              timeout: 60_000,
            },
          );
          assert.equal(cli.status, 0, cli.stderr);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
        const added = (await db.selectFrom('places').select('id').where('source', '=', 'mp-new').execute()).length;
        assert.ok(added > 0);
        await eventually(
          async () => (await Promise.all(servers.map(total))).every((t) => t === before[0]! + added),
          10_000,
          'both indexes refreshed',
        );
      });

      test('rate limits shared through Redis: 20 reads alternated between the processes, limit 10 → 10 served', async () => {
        const ip = clientIp();
        const codes = [];
        for (let i = 0; i < 20; i++) codes.push((await fetch(`${next().base}/v1/communes`, { headers: { 'x-forwarded-for': ip } })).status);
        assert.equal(codes.filter((c) => c === 200).length, 10, codes.join());
        assert.equal(codes.filter((c) => c === 429).length, 10);
      });
    },
  );
}

test('graceful stop: SIGTERM during traffic finishes the requests in flight and loses no outbox row', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'npt-stop-'));
  const file = join(dir, 'db.sqlite');
  const setup = openDatabase({ kind: 'sqlite', file });
  await migrate(setup);
  await createWebinar(setup, { id: 'stop', title: 'Stop', description: 'd', startsAt: inDays(7), endsAt: inDays(7.05), capacity: 1000 });
  await setup.destroy();
  const sink = await startSmtpSink();
  const server = await startServerProcess({
    DATABASE_URL: file,
    SMTP_URL: sink.url,
    RATE_LIMIT_WRITE_MAX: '10000',
    RATE_LIMIT_EMAIL_MAX: '10000',
    LOG_LEVEL: process.env.NPT_TEST_LOG ?? 'warn',
  });
  try {
    const { port } = new URL(server.base);
    // A request whose body is half sent when the stop signal comes.
    const body = JSON.stringify(person('slow'));
    const slow = new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /v1/webinars/stop/registrations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
        );
        socket.write(body.slice(0, 10));
        setTimeout(() => socket.write(body.slice(10)), 700);
      });
      let answer = '';
      socket.on('data', (c: Buffer) => (answer += c.toString('utf8')));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    const traffic = Array.from({ length: 30 }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 15)).then(() =>
        fetch(`${server.base}/v1/webinars/stop/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(person(`t-${i}`)),
        }).then(
          (r) => r.status,
          () => 0, // refused: the server had stopped listening
        ),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    const [answer, codes] = await Promise.all([slow, Promise.all(traffic)]);
    assert.match(answer, /^HTTP\/1\.1 201/, 'the request in flight is answered');
    assert.equal(await server.stop(), 0, server.output());
    const accepted = codes.filter((c) => c === 201).length + 1;
    assert.ok(
      codes.every((c) => [0, 201, 503].includes(c)),
      codes.join(),
    );
    const db = openDatabase({ kind: 'sqlite', file });
    try {
      const registrations = await db.selectFrom('registrations').select('email').execute();
      const outbox = await db.selectFrom('outbox').selectAll().execute();
      assert.equal(registrations.length, accepted, 'every 201 is stored, nothing else');
      assert.deepEqual(outbox.map((r) => r.to_address).sort(), registrations.map((r) => r.email).sort(), 'one e-mail row per registration');
      assert.ok(
        outbox.every((r) => r.sent_at !== null || r.claimed_until === null),
        'no unsent row left claimed by the stopped process',
      );
      assert.equal(sink.mails.length, outbox.filter((r) => r.sent_at).length, 'every row marked sent was sent once');
    } finally {
      await db.destroy();
    }
  } finally {
    await server.stop();
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
