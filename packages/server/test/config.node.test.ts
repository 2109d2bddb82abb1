import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_FUNDING_RULES } from '@npt/contract';
import { ConfigError, loadConfig, REPO_ROOT } from '../src/config.js';
import { freshDb, json, PG_URL, testApp } from './helpers.js';

test('defaults: port 8080, SQLite under var/, no origin allowed, admin off', () => {
  const c = loadConfig({});
  assert.equal(c.port, 8080);
  assert.deepEqual(c.database, { kind: 'sqlite', file: join(REPO_ROOT, 'var', 'npt.sqlite') });
  assert.deepEqual(c.allowedOrigins, []);
  assert.equal(c.adminToken, undefined);
  assert.deepEqual(c.fundingRules, DEFAULT_FUNDING_RULES);
  assert.equal(loadConfig({ PORT: '' }).port, 8080, 'an empty variable is unset');
});

test('PostgreSQL when DATABASE_URL is postgres://', () => {
  assert.deepEqual(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/npt' }).database, {
    kind: 'postgres',
    url: 'postgres://u:p@db:5432/npt',
  });
  assert.equal(loadConfig({ DATABASE_URL: 'var/other.sqlite' }).database.kind, 'sqlite');
});

test('invalid configuration is refused with every problem named', () => {
  try {
    loadConfig({ PORT: 'eighty', ALLOWED_ORIGINS: 'https://www.montreuil.fr/,*', ADMIN_TOKEN: 'short', SMTP_URL: 'mail.example.org' });
    assert.fail('should throw');
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    const text = error.message;
    for (const name of ['PORT', 'ALLOWED_ORIGINS', 'ADMIN_TOKEN', 'SMTP_URL']) assert.match(text, new RegExp(name));
    assert.match(text, /exact origin/);
    assert.doesNotMatch(text, /at .*\.ts:\d+/, 'no stack trace');
  }
});

test('a mistyped database URL and a blanket TRUST_PROXY are refused; hops and proxy lists accepted', () => {
  assert.throws(
    () => loadConfig({ DATABASE_URL: 'postgress://typo/db' }),
    (e: unknown) => e instanceof ConfigError && /DATABASE_URL/.test(e.message),
  );
  assert.equal(loadConfig({ DATABASE_URL: 'sqlite://var/x.sqlite' }).database.kind, 'sqlite');
  assert.throws(
    () => loadConfig({ TRUST_PROXY: 'true' }),
    (e: unknown) => e instanceof ConfigError && /TRUST_PROXY/.test(e.message),
  );
  assert.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, 1);
  assert.equal(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy, 'loopback, 10.0.0.0/8');
  assert.equal(loadConfig({}).trustProxy, false);
});

test('funding rules overridable by a JSON file, checked against the contract', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'npt-rules-'));
  const file = join(dir, 'rules.json');
  const rules = { ...DEFAULT_FUNDING_RULES, years: [{ year: 2027, perPerson: 40, maxPeople: 20000 }] };
  writeFileSync(file, JSON.stringify(rules));
  const t = await testApp('sqlite', { FUNDING_RULES_FILE: file });
  try {
    assert.deepEqual(json((await t.app.inject({ url: '/v1/funding-rules' })).body), rules);
  } finally {
    await t.close();
  }
  writeFileSync(file, JSON.stringify({ years: [] }));
  assert.throws(() => loadConfig({ FUNDING_RULES_FILE: file }), /FUNDING_RULES_FILE/);
  assert.throws(() => loadConfig({ FUNDING_RULES_FILE: join(dir, 'missing.json') }), /cannot read/);
});

test('GET /v1/communes serves the 130 communes of the Métropole, cacheable', async () => {
  const t = await testApp('sqlite');
  try {
    const r = await t.app.inject({ url: '/v1/communes' });
    const communes = json(r.body);
    assert.equal(communes.length, 130);
    assert.deepEqual(
      communes.find((c: { code: string }) => c.code === '94080'),
      {
        code: '94080',
        nom: 'Vincennes',
        codesPostaux: ['94300'],
        departement: '94',
        population: communes.find((c: { code: string }) => c.code === '94080').population,
      },
    );
    assert.match(String(r.headers['cache-control']), /max-age=86400/);
  } finally {
    await t.close();
  }
});

test(
  'PostgreSQL: every suite runs on it too when DATABASE_URL is set',
  { skip: PG_URL ? false : 'DATABASE_URL is not a postgres:// URL: PostgreSQL suites skipped (.ci/run starts one)' },
  async () => {
    const { db, dispose } = await freshDb('postgres');
    try {
      const tables = (await db.introspection.getTables()).map((t) => t.name);
      for (const name of ['places', 'meta', 'participations', 'webinars', 'registrations', 'outbox', 'idempotency_keys'])
        assert.ok(tables.includes(name), name);
    } finally {
      await dispose();
    }
  },
);

test('the server refuses to start on invalid configuration, with a clear message and exit code 1', async () => {
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(
    process.execPath,
    ['--conditions=npt-source', '--import', 'tsx', join(REPO_ROOT, 'packages/server/src/cli/serve.ts')],
    {
      env: { ...process.env, PORT: '99999', ALLOWED_ORIGINS: 'https://ok.example,null', DATABASE_URL: ':memory:' },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Invalid configuration:\n {2}- PORT: /);
  assert.match(result.stderr, /ALLOWED_ORIGINS/);
  assert.match(result.stderr, /See \.env\.example/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

test('hole 8: TRUST_PROXY is parsed with proxy-addr; ranges that trust clients are refused with the one-line message', () => {
  for (const value of [
    '0.0.0.0/1,128.0.0.0/1',
    '0.0.0.0/0',
    '::/0',
    '::ffff:0:0/96',
    // The same IPv4-mapped range in other IPv6 spellings: proxy-addr trusts every IPv4 client with them.
    '0:0:0:0:0:ffff:0:0/96',
    '0::ffff:0.0.0.0/96',
    '0000:0000:0000:0000:0000:FFFF:0000:0000/96',
    '10.0.0.0/4',
    '0.0.0.0/0.0.0.0',
    'not-an-address',
    '10.0.0.0/33',
  ]) {
    assert.throws(
      () => loadConfig({ TRUST_PROXY: value }),
      (e: unknown) => e instanceof ConfigError && /TRUST_PROXY/.test(e.message) && !/\n\s+at /.test(e.message),
      value,
    );
  }
  for (const value of [
    '10.0.0.0/8',
    '192.168.1.10',
    'loopback, uniquelocal',
    '2001:db8::/48',
    '172.16.0.0/255.240.0.0',
    '0:0:0:0:0:ffff:a00:0/104',
  ]) {
    assert.equal(loadConfig({ TRUST_PROXY: value }).trustProxy, value, value);
  }
});

test('hole 8: the server refuses to start on TRUST_PROXY=0.0.0.0/0 with a message, not a stack', async () => {
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(
    process.execPath,
    ['--conditions=npt-source', '--import', 'tsx', join(REPO_ROOT, 'packages/server/src/cli/serve.ts')],
    {
      env: { ...process.env, TRUST_PROXY: '0.0.0.0/0', DATABASE_URL: ':memory:', PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Invalid configuration:\n {2}- TRUST_PROXY: /);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});
