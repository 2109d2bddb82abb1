// The OpenAPI document as an integrator meets it: Redocly's recommended lint passes with no error and no
// warning, every operation is named, described, tagged and secured, every error it can answer is a
// problem of the contract, and every example is valid and works against the server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ADMIN_TOKEN, testApp, type TestApp } from './helpers.js';
import { DocValidator, operationsOf, pointerOf, servedDocument, type Doc } from './openapi-support.js';
import { seedIfEmpty } from '../src/demo/seed.js';
import { PROBLEM_KINDS, problemType } from '@npt/contract';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const REPO = join(import.meta.dirname, '..', '..', '..');
const PUBLIC_URL = 'https://numerique-pour-tous.example.org';
const KNOWN_TYPES = new Set(PROBLEM_KINDS.map(problemType));

// Loaded before Redocly's CLI: any TCP connection or DNS lookup fails and is reported on stderr.
const NO_NETWORK = `data:text/javascript,${encodeURIComponent(`
import net from 'node:net'; import dns from 'node:dns';
const refuse = (what) => { process.stderr.write('NETWORK-ATTEMPT ' + what + '\\n'); throw new Error('no network in this test'); };
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === 'object' && first.path) return connect.apply(this, args);
  refuse(String(first && first.host));
};
dns.lookup = () => refuse('dns'); dns.promises.lookup = async () => refuse('dns');`)}`;

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;
  let dir: string;

  before(async () => {
    // Every optional operation on: the admin exports (ADMIN_TOKEN, set by testApp) and ALTCHA's challenge.
    t = await testApp('sqlite', {
      PUBLIC_URL: `${PUBLIC_URL}/`,
      ALTCHA_HMAC_KEY: 'k'.repeat(32),
    });
    await seedIfEmpty(t.db);
    doc = await servedDocument(t.app);
    dir = mkdtempSync(join(tmpdir(), 'npt-openapi-'));
  });
  after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('Redocly lint, recommended ruleset: no error, no warning, no network', { timeout: 60_000 }, async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const cli = join(require.resolve('@redocly/cli/package.json'), '..', 'bin', 'cli.js');
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', NO_NETWORK, cli, 'lint', file, '--config', join(REPO, 'redocly.yaml'), '--format', 'json'],
      {
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          NO_COLOR: '1',
        },
        maxBuffer: 16 << 20,
      },
    ).catch((error: { stdout: string; stderr: string }) => error);
    assert.doesNotMatch(stderr, /NETWORK-ATTEMPT/, 'the linter tried to reach the network');
    const report = JSON.parse(stdout) as {
      totals: { errors: number; warnings: number; ignored: number };
      problems: {
        ruleId: string;
        message: string;
        location: { pointer: string }[];
      }[];
    };
    const lines = report.problems.map((p) => `${p.ruleId}: ${p.message} (${p.location[0]?.pointer})`);
    assert.deepEqual(report.totals, { errors: 0, warnings: 0, ignored: 0 }, lines.join('\n'));
  });

  test('servers from PUBLIC_URL, info.version from the server package', () => {
    assert.deepEqual(
      doc.servers.map((s: { url: string }) => s.url),
      [PUBLIC_URL],
    );
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    assert.equal(doc.info.version, pkg.version);
    assert.match(doc.info.description, /\/v2/, 'the versioning policy is in the document');
  });

  test('every operation has an operationId usable as a method name, a summary, a description and declared tags', () => {
    const ops = operationsOf(doc);
    assert.ok(ops.length >= 12, `${ops.length} operations`);
    const tags = new Set(doc.tags.map((tag: { name: string; description: string }) => (assert.ok(tag.description), tag.name)));
    const ids = new Set<string>();
    for (const { method, path, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.match(op.operationId ?? '', /^[a-z][A-Za-z0-9]*$/, `${where}: operationId`);
      assert.ok(!ids.has(op.operationId), `${where}: operationId ${op.operationId} used twice`);
      ids.add(op.operationId);
      assert.ok(op.summary?.length > 10, `${where}: summary`);
      assert.ok(op.description?.length > 20, `${where}: description`);
      assert.ok(op.tags?.length > 0 && op.tags.every((tag: string) => tags.has(tag)), `${where}: tags`);
    }
  });

  test('admin operations require the bearer scheme, the others say they need nothing', () => {
    for (const { path, op } of operationsOf(doc)) {
      assert.deepEqual(op.security, path.startsWith('/v1/admin/') ? [{ bearer: [] }] : [], path);
    }
    assert.equal(doc.components.securitySchemes.bearer.scheme, 'bearer');
  });

  test("every error answer is a problem+json with the contract's types, and each operation lists those any route can give", () => {
    for (const { method, path, op } of operationsOf(doc)) {
      const where = `${method.toUpperCase()} ${path}`;
      const statuses = Object.keys(op.responses);
      for (const status of ['429', '500', '503']) assert.ok(statuses.includes(status), `${where}: ${status}`);
      assert.ok(statuses.includes('400'), `${where}: 400`);
      if (op.requestBody) assert.ok(statuses.includes('413') && statuses.includes('415'), `${where}: 413, 415`);
      if (path.startsWith('/v1/admin/')) assert.ok(statuses.includes('401'), `${where}: 401`);
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        const content = op.responses[status].content;
        assert.deepEqual(Object.keys(content), ['application/problem+json'], `${where} ${status}`);
        const types: string[] = content['application/problem+json'].schema.allOf?.[1].properties.type.enum ?? [];
        assert.ok(types.length > 0 && types.every((type) => KNOWN_TYPES.has(type)), `${where} ${status}: ${types.join(', ')}`);
      }
    }
  });

  test('every request body and success answer has examples, each valid against its schema', () => {
    const validator = new DocValidator(doc);
    let checked = 0;
    for (const { method, path, op } of operationsOf(doc)) {
      const where = `${method.toUpperCase()} ${path}`;
      const media: [string[], Record<string, unknown>][] = [];
      for (const [type, m] of Object.entries<Record<string, unknown>>(op.requestBody?.content ?? {}))
        media.push([['requestBody', 'content', type], m]);
      for (const [status, response] of Object.entries<{
        content?: Record<string, Record<string, unknown>>;
      }>(op.responses)) {
        for (const [type, m] of Object.entries(response.content ?? {})) media.push([['responses', status, 'content', type], m]);
      }
      for (const [segments, m] of media) {
        const examples = Object.entries((m.examples ?? {}) as Record<string, { value: unknown }>);
        // A binary file (the XLSX workbook) has no example a reader could use.
        const binary = 'contentMediaType' in (m.schema as object);
        assert.ok(examples.length > 0 || binary, `${where} ${segments.join(' ')}: no example`);
        for (const [name, example] of examples) {
          const error = validator.check(pointerOf('paths', path, method, ...segments, 'schema'), example.value);
          assert.equal(error, undefined, `${where} ${segments.join(' ')} example ${name}: ${error}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 50, `${checked} examples checked`);
  });

  test('each request example, sent to the server, gets a success answer valid against the document', async () => {
    const validator = new DocValidator(doc);
    // Without ALTCHA: an example cannot carry a solved challenge.
    const plain = await testApp('sqlite');
    try {
      await seedIfEmpty(plain.db);
      const webinars = JSON.parse((await plain.app.inject({ url: '/v1/webinars' })).body) as { id: string }[];
      let sent = 0;
      for (const { method, path, op } of operationsOf(doc)) {
        const examples = Object.entries<{ value: object }>(op.requestBody?.content?.['application/json']?.examples ?? {});
        for (const [name, example] of examples) {
          const url = path.replace('{id}', encodeURIComponent(webinars[sent % webinars.length]!.id));
          const answer = await plain.app.inject({
            method: method.toUpperCase() as 'POST',
            url,
            headers: { 'idempotency-key': `example-${name}-${sent}` },
            payload: example.value,
          });
          const status = String(answer.statusCode);
          assert.ok(status.startsWith('2') && op.responses[status], `${path} example ${name}: ${status} ${answer.body}`);
          const type = String(answer.headers['content-type']).split(';')[0]!;
          assert.equal(
            validator.check(pointerOf('paths', path, method, 'responses', status, 'content', type, 'schema'), JSON.parse(answer.body)),
            undefined,
          );
          sent++;
        }
      }
      assert.ok(sent >= 2, `${sent} request examples sent`);
    } finally {
      await plain.close();
    }
  });

  test('every GET without parameters (ALTCHA challenge and exports included) answers as the document says', async () => {
    const validator = new DocValidator(doc);
    let checked = 0;
    for (const { method, path, op } of operationsOf(doc)) {
      if (method !== 'get' || op.parameters?.length) continue;
      const answer = await t.app.inject({
        url: path,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      const type = String(answer.headers['content-type']).split(';')[0]!;
      assert.ok(op.responses[answer.statusCode]?.content?.[type], `${path}: ${answer.statusCode} ${type} not declared`);
      const value = type.includes('json') ? JSON.parse(answer.body) : answer.body;
      assert.equal(
        validator.check(pointerOf('paths', path, method, 'responses', String(answer.statusCode), 'content', type, 'schema'), value),
        undefined,
        path,
      );
      checked++;
    }
    assert.ok(
      operationsOf(doc).some((o) => o.op.operationId === 'getAntispamChallenge'),
      'the ALTCHA challenge is documented when ALTCHA is on',
    );
    assert.ok(checked >= 6, `${checked} operations called`);
  });

  test("without PUBLIC_URL the server is the document's own origin", async () => {
    const other = await testApp('sqlite');
    try {
      assert.deepEqual((await servedDocument(other.app)).servers, [{ url: '/', description: 'This server' }]);
    } finally {
      await other.close();
    }
  });
});
