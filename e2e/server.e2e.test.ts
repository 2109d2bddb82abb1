// The server seen from a real browser: the demo site and the API on one origin, the docs, and a
// commune site on another origin embedding a widget from /cdn/ and calling the API through CORS.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveCommuneSite, startApp, type CommuneSite, type RunningApp } from './harness.js';

let browser: Browser;
let app: RunningApp;
let commune: CommuneSite;
const repo = join(import.meta.dirname, '..');

before(async () => {
  // A commune's own site, on another origin (another port), that embeds the widgets and calls the API.
  commune = await serveCommuneSite(
    `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Ville de démonstration</title><body><h1>Ville</h1></body></html>`,
  );
  app = await startApp({ env: { ALLOWED_ORIGINS: commune.url } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await commune?.close();
});

test('the demo site is served at / with a CSP, and its pages can call the API on the same origin', async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  const response = await page.goto(`${app.url}/`);
  assert.equal(response?.status(), 200);
  assert.match(response!.headers()['content-type'] ?? '', /text\/html/);
  assert.match(response!.headers()['content-security-policy'] ?? '', /script-src 'self'/);
  const api = await page.evaluate(async () => {
    const r = await fetch('/v1/places?communes=93066&limit=5');
    return { status: r.status, body: await r.json() };
  });
  assert.equal(api.status, 200);
  assert.ok(api.body.total > 0, 'the seeded demonstration places include Saint-Denis');
  assert.ok(
    api.body.items.every(
      (p: { code_insee: string; source: string }) => p.code_insee === '93066' && p.source === 'Données de démonstration',
    ),
  );
  assert.deepEqual(violations, []);
  await page.close();
});

test('the API docs render the OpenAPI document at /docs', async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  await page.goto(`${app.url}/docs`);
  await page.waitForSelector('.swagger-ui .info .title', { timeout: 15000 });
  assert.match((await page.textContent('.swagger-ui .info .title')) ?? '', /Numérique pour tous API/);
  // Swagger UI writes paths with zero-width spaces after each slash.
  const paths = await page.$$eval('.opblock-summary-path', (els) => els.map((e) => (e.textContent ?? '').replace(/\u200b/g, '')));
  for (const path of ['/v1/places', '/v1/communes', '/v1/participations', '/v1/webinars/{id}/registrations'])
    assert.ok(paths.includes(path), path);
  assert.deepEqual(violations, []);
  await page.close();
});

test('a commune site on another origin calls the API through CORS; an unlisted origin cannot read it', async () => {
  const page = await browser.newPage();
  await page.goto(commune.url);
  const result = await page.evaluate(async (api) => {
    const places = await fetch(`${api}/v1/places?limit=1`).then((r) => r.json());
    const reg = await fetch(`${api}/v1/webinars/financements/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        firstName: 'Camille',
        lastName: 'Test',
        email: 'camille@example.org',
        organisation: 'Mairie',
        role: 'commune-staff',
        consent: true,
        antispam: { fillMs: 10000 },
      }),
    });
    return { places: places.items.length, registration: reg.status, body: await reg.json() };
  }, app.url);
  assert.equal(result.places, 1);
  assert.equal(result.registration, 201);
  assert.equal(result.body.status, 'registered');
  await page.close();

  // Same page content served from an origin that is not in ALLOWED_ORIGINS: the browser blocks the read.
  const other = await startApp({ env: { ALLOWED_ORIGINS: 'https://www.example-commune.fr' } });
  try {
    const page2 = await browser.newPage();
    await page2.goto(commune.url);
    const blocked = await page2.evaluate(async (api) => {
      try {
        await fetch(`${api}/v1/places?limit=1`);
        return 'read';
      } catch {
        return 'blocked';
      }
    }, other.url);
    assert.equal(blocked, 'blocked');
    await page2.close();
  } finally {
    await other.close();
  }
});

test('the CDN files load cross-origin as module scripts, with a JavaScript MIME type', async (t) => {
  const cdn = join(repo, 'dist', 'cdn');
  const widget = existsSync(cdn) ? ['npt-funding-simulator.js', 'npt-finder.js'].find((f) => existsSync(join(cdn, f))) : undefined;
  if (!widget) return t.skip('no CDN build: run `npm run build` first (npm test does)');
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(commune.url);
  const tag = widget.replace(/\.js$/, '');
  const defined = await page.evaluate(
    async ({ src, tag }) => {
      await new Promise<void>((resolve, reject) => {
        const s = document.createElement('script');
        s.type = 'module';
        s.src = src;
        s.onload = () => resolve();
        s.onerror = () => reject(new Error('script failed'));
        document.head.append(s);
      });
      await customElements.whenDefined(tag);
      return customElements.get(tag) !== undefined;
    },
    { src: `${app.url}/cdn/${widget}`, tag },
  );
  assert.equal(defined, true);
  assert.deepEqual(errors, []);
  const head = await fetch(`${app.url}/cdn/${widget}`);
  assert.match(head.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.equal(head.headers.get('access-control-allow-origin'), '*');
  await page.close();
});

test('a custom demo directory can be served (harness option)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'npt-demo-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title><p id="ok">servi</p>');
  const custom = await startApp({ demoDir: dir, seed: false });
  try {
    const r = await fetch(`${custom.url}/`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /servi/);
    const places = await fetch(`${custom.url}/v1/places`).then((x) => x.json());
    assert.equal(places.total, 0, 'seed: false leaves the database empty');
  } finally {
    await custom.close();
  }
});
