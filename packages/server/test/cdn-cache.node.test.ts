// What a browser or a CDN is told to keep: a pinned version for a year, the moving names for minutes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { cdnCacheControl } from '../src/http/cdn-cache.js';
import { freshDb } from './helpers.js';

const YEAR = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300';

test('a versioned path is immutable for a year; latest/, the top-level files and look-alikes are short', () => {
  assert.equal(cdnCacheControl('0.1.0/npt.js'), YEAR);
  assert.equal(cdnCacheControl('12.3.45-beta.2/chunks/api-CSO6aVFD.js'), YEAR);
  assert.equal(cdnCacheControl('0.1.0\\manifests\\custom-elements.json'), YEAR);
  assert.equal(cdnCacheControl('latest/npt.js'), SHORT);
  assert.equal(cdnCacheControl('npt-finder.js'), SHORT);
  assert.equal(cdnCacheControl('npt.js'), SHORT);
  assert.equal(cdnCacheControl('0.1.0'), SHORT, 'a file named like a version is not a version folder');
  assert.equal(cdnCacheControl('0.1/npt.js'), SHORT);
  assert.equal(cdnCacheControl('v0.1.0/npt.js'), SHORT);
});

let app: FastifyInstance;
let cdnDir: string;
let dispose: () => Promise<void>;
before(async () => {
  cdnDir = mkdtempSync(join(tmpdir(), 'npt-cdn-'));
  for (const dir of ['0.2.0/chunks', 'latest']) mkdirSync(join(cdnDir, dir), { recursive: true });
  for (const file of ['0.2.0/npt.js', '0.2.0/chunks/api-abc.js', '0.2.0/integrity.json', 'latest/npt.js', 'npt-finder.js'])
    writeFileSync(join(cdnDir, file), file.endsWith('.json') ? '{}' : 'export {};\n');
  const fresh = await freshDb('sqlite');
  dispose = () => fresh.dispose();
  const config = loadConfig({ LOG_LEVEL: 'silent', MAX_EVENT_LOOP_DELAY_MS: '0' });
  app = await buildApp({ config, db: fresh.db, logger: false, serveStatic: true, cdnDir, demoDir: join(cdnDir, 'no-demo') });
  await app.ready();
});
after(async () => {
  await app?.close();
  await dispose?.();
  rmSync(cdnDir, { recursive: true, force: true });
});

test('GET /cdn/<version>/… is cached a year as immutable, in JavaScript with its MIME type', async () => {
  for (const url of ['/cdn/0.2.0/npt.js', '/cdn/0.2.0/chunks/api-abc.js', '/cdn/0.2.0/integrity.json']) {
    const res = await app.inject({ url });
    assert.equal(res.statusCode, 200, url);
    assert.equal(res.headers['cache-control'], YEAR, url);
  }
  assert.match(String((await app.inject({ url: '/cdn/0.2.0/npt.js' })).headers['content-type']), /^text\/javascript/);
});

test('GET /cdn/latest/… and /cdn/npt-*.js are cached five minutes, so a release reaches pages soon', async () => {
  for (const url of ['/cdn/latest/npt.js', '/cdn/npt-finder.js']) {
    const res = await app.inject({ url });
    assert.equal(res.statusCode, 200, url);
    assert.equal(res.headers['cache-control'], SHORT, url);
    assert.ok(res.headers.etag || res.headers['last-modified'], `${url} can be revalidated`);
  }
});
