// npt.js, the loader, and the versioned CDN folders, in Chromium against the real server:
// - a widget's file is requested only once its tag is in the page (at load, later, or in a shadow root the
//   page opts in with observe());
// - two loaders of two versions on one page: no error, one definition, a warning naming both versions;
// - Subresource Integrity: the hashes of cdn/<version>/integrity.json pin the loader's <script>, and an
//   import map's "integrity" entries (what the configurator writes) pin the files it loads later.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, startApp, type RunningApp } from './harness.js';
import type { Browser } from 'playwright-core';

const repo = join(import.meta.dirname, '..');
const version = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version as string;
const NEXT = '99.0.0';
// The CDN as served: the real build, plus a "next release" made from it with another version number, to
// put two versions on one page.
const cdnDir = mkdtempSync(join(tmpdir(), 'npt-cdn-'));
cpSync(join(repo, 'dist', 'cdn'), cdnDir, { recursive: true });
cpSync(join(cdnDir, version), join(cdnDir, NEXT), { recursive: true });
for (const f of readdirSync(join(cdnDir, NEXT)).filter((f) => f.endsWith('.js'))) {
  const file = join(cdnDir, NEXT, f);
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`"${version}"`, `"${NEXT}"`));
}
const integrity = JSON.parse(readFileSync(join(cdnDir, version, 'integrity.json'), 'utf8'));

let app: RunningApp;
let browser: Browser;
before(async () => {
  app = await startApp({ cdnDir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
  rmSync(cdnDir, { recursive: true, force: true });
});

interface Seen {
  page: Page;
  requested: string[];
  warnings: string[];
  errors: string[];
}
async function open(html: string): Promise<Seen> {
  const page = await browser.newPage();
  const seen: Seen = { page, requested: [], warnings: [], errors: [] };
  page.on('request', (r) => seen.requested.push(new URL(r.url()).pathname));
  page.on('console', (m) => (m.type() === 'warning' ? seen.warnings : m.type() === 'error' ? seen.errors : []).push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  // The page is served by the app's origin, as the demo is: a route answers this one URL.
  await page.route(`${app.url}/test-page.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${app.url}/test-page.html`);
  return seen;
}
const rendered = (page: Page, selector: string) =>
  page.waitForFunction((s) => {
    const el = document.querySelector(s) ?? document.querySelector('#shadow-host')?.shadowRoot?.querySelector(s);
    return !!el?.shadowRoot?.querySelector('h2');
  }, selector);

test('the loader requests a widget file only when its tag is in the page, now or later', async () => {
  const { page, requested, errors } = await open(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>
    <script type="module" src="/cdn/${version}/npt.js"></script></head>
    <body><npt-funding-simulator no-url-state></npt-funding-simulator></body></html>`);
  await rendered(page, 'npt-funding-simulator');
  assert.ok(requested.includes(`/cdn/${version}/npt-funding-simulator.js`));
  assert.ok(!requested.some((p) => p.endsWith('/npt-finder.js')), 'no finder file before a finder is in the page');
  await page.evaluate(() => {
    const el = document.createElement('npt-finder');
    el.setAttribute('api', '/v1');
    el.setAttribute('no-map', '');
    el.setAttribute('no-url-state', '');
    document.body.append(el);
  });
  await rendered(page, 'npt-finder');
  assert.ok(requested.includes(`/cdn/${version}/npt-finder.js`), "loaded from the loader's own version folder");
  assert.deepEqual(errors, []);
  await page.close();
});

test('inside a shadow root, the widgets load once the page opts the root in with observe()', async () => {
  const { page, requested, errors } = await open(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>
    <script type="module" src="/cdn/latest/npt.js"></script></head><body><div id="shadow-host"></div></body></html>`);
  await page.evaluate(() => {
    const root = document.querySelector('#shadow-host')!.attachShadow({ mode: 'open' });
    root.append(document.createElement('npt-funding-simulator'));
  });
  await new Promise((r) => setTimeout(r, 500));
  assert.ok(!requested.some((p) => p.endsWith('/npt-funding-simulator.js')), 'a shadow root is not searched unless opted in');
  await page.evaluate(async (url) => {
    const { observe } = (await import(url)) as { observe: (root: ShadowRoot) => void };
    const root = document.querySelector('#shadow-host')!.shadowRoot!;
    observe(root);
    const later = document.createElement('npt-finder');
    later.setAttribute('no-map', '');
    later.setAttribute('no-url-state', '');
    root.append(later); // added after observe(): found by its MutationObserver
  }, `${app.url}/cdn/latest/npt.js`);
  await rendered(page, 'npt-funding-simulator');
  await page.waitForFunction(() => !!customElements.get('npt-finder'));
  assert.equal(requested.filter((p) => p === '/cdn/latest/npt.js').length, 1, "the import gives the page's loader instance");
  assert.deepEqual(errors, []);
  await page.close();
});

test('two loaders of two versions: no error, one definition, a warning naming both versions', async () => {
  const { page, warnings, errors } = await open(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>
    <script type="module" src="/cdn/${version}/npt.js"></script>
    <script type="module" src="/cdn/${NEXT}/npt.js"></script>
    <script type="module" src="/cdn/latest/npt.js"></script></head>
    <body><npt-funding-simulator no-url-state></npt-funding-simulator></body></html>`);
  await rendered(page, 'npt-funding-simulator');
  await page.waitForTimeout(300);
  assert.deepEqual(errors, []);
  const loaderWarnings = warnings.filter((w) => w.startsWith('npt.js'));
  assert.equal(loaderWarnings.length, 1, `one warning, for the other version (latest is the same version): ${warnings.join(' | ')}`);
  assert.match(loaderWarnings[0]!, new RegExp(`npt\\.js ${NEXT}.*ignored.*npt\\.js ${version}`));
  assert.equal(await page.evaluate(() => (customElements.get('npt-funding-simulator') as unknown as { version: string }).version), version);
  await page.close();
});

test('two widget files of two versions, without the loader: the first definition wins, a warning names both', async () => {
  const { page, warnings, errors } = await open(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>
    <script type="module" src="/cdn/${version}/npt-funding-simulator.js"></script>
    <script type="module" src="/cdn/${NEXT}/npt-funding-simulator.js"></script></head>
    <body><npt-funding-simulator no-url-state></npt-funding-simulator></body></html>`);
  await rendered(page, 'npt-funding-simulator');
  await page.waitForTimeout(300);
  assert.deepEqual(errors, []);
  assert.ok(
    warnings.some((w) => w.includes('<npt-funding-simulator>') && w.includes(version) && w.includes(NEXT)),
    `a warning names ${version} and ${NEXT}: ${warnings.join(' | ')}`,
  );
  await page.close();
});

test('integrity.json pins the loader, and an import map with its hashes pins the files loaded later', async () => {
  const base = `${app.url}/cdn/${version}/`;
  const importMap = (files: Record<string, string>) =>
    `<script type="importmap">${JSON.stringify({ integrity: Object.fromEntries(Object.entries(files).map(([f, h]) => [base + f, h])) })}</script>`;
  const page = (map: string, loaderHash: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>${map}
    <script type="module" src="${base}npt.js" integrity="${loaderHash}" crossorigin="anonymous"></script></head>
    <body><npt-funding-simulator no-url-state></npt-funding-simulator></body></html>`;

  // The published hashes: everything loads.
  const good = await open(page(importMap(integrity.files), integrity.loader.integrity));
  await rendered(good.page, 'npt-funding-simulator');
  assert.deepEqual(good.errors, []);
  await good.page.close();

  // The loader's own hash wrong: the browser refuses it, nothing loads.
  const badLoader = await open(page('', integrity.loader.integrity.replace(/^sha384-./, 'sha384-A')));
  await badLoader.page.waitForTimeout(800);
  assert.ok(!badLoader.requested.some((p) => p.endsWith('/npt-funding-simulator.js')));
  assert.ok(
    badLoader.errors.some((e) => /integrity/i.test(e)),
    `an integrity error: ${badLoader.errors.join(' | ')}`,
  );
  await badLoader.page.close();

  // A lazily loaded file whose bytes are not the published ones (a tampered CDN): the import map stops it.
  const tampered = { ...integrity.files, 'npt-funding-simulator.js': integrity.files['npt-finder.js'] };
  const badWidget = await open(page(importMap(tampered), integrity.loader.integrity));
  await badWidget.page.waitForTimeout(1000);
  assert.equal(await badWidget.page.evaluate(() => !!customElements.get('npt-funding-simulator')), false);
  assert.ok(
    badWidget.errors.some((e) => /could not load <npt-funding-simulator>/.test(e)),
    `the loader says so: ${badWidget.errors.join(' | ')}`,
  );
  await badWidget.page.close();
});
