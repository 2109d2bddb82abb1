// The finder's map on the demo site, in real Chromium, under strict Content-Security-Policies:
//  - /csp/ (same origin as the CDN files): `worker-src 'self'`, no blob:, no inline style; the worker
//    comes from /cdn/ next to npt-finder.js;
//  - a commune site on another origin embedding the CDN script, with `worker-src 'self'`: it works when
//    the site hosts the worker itself (`worker-url`), and without that the finder says why and keeps the list.
// Map styles and tiles never come from the network: IGN's style URL is answered with a local style.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startApp, type RunningApp } from './harness.js';

// The finder's CDN hook is plain JavaScript (rollup loads it): typed here.
const cdnConfig: string = '../packages/finder/cdn.config.mjs';
const { mapChunk } = (await import(cdnConfig)) as { mapChunk: () => Promise<{ dir: string; chunk: string }> };

const localStyle = {
  version: 8,
  sources: { base: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: '© Fond local de test' } },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#e8eef2' } },
    { id: 'base', type: 'circle', source: 'base' },
  ],
};

let browser: Browser;
let app: RunningApp;
let commune: Server;
let communeUrl: string;
let workerFile: string;

before(async () => {
  const { dir } = await mapChunk();
  workerFile = join(dir, 'maplibre-gl-worker.mjs');
  // A commune's own site on another origin: its pages send their CSP as a header, and it can host
  // maplibre's worker itself (/assets/maplibre-gl-worker.mjs) for `worker-src 'self'`.
  commune = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/assets/maplibre-gl-worker.mjs') {
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      return res.end(readFileSync(workerFile));
    }
    if (url.pathname === '/style.json') {
      res.setHeader('Content-Type', 'application/json');
      return res.end(JSON.stringify(localStyle));
    }
    const workerUrl = url.searchParams.get('worker-url');
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'self'; script-src 'self' ${app.url}; style-src 'self'; img-src 'self' data:; connect-src 'self' ${app.url}; worker-src 'self'; object-src 'none'; base-uri 'self'`,
    );
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Ville voisine</title>
<script type="module" src="${app.url}/cdn/npt-finder.js"></script></head>
<body><h1>Trouver un lieu</h1>
<npt-finder api="${app.url}/v1" map-style="/style.json"${workerUrl ? ` worker-url="${workerUrl}"` : ''}></npt-finder></body></html>`);
  });
  await new Promise<void>((resolve) => commune.listen(0, '127.0.0.1', resolve));
  communeUrl = `http://127.0.0.1:${(commune.address() as AddressInfo).port}`;
  app = await startApp({ env: { ALLOWED_ORIGINS: communeUrl } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await new Promise((resolve) => commune?.close(resolve));
});

interface Watched {
  page: Page;
  workers: string[];
  outside: string[];
}

/** A page that records CSP violations, map events, workers, and any request leaving the machine. */
async function openPage(): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const workers: string[] = [];
  const outside: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    const url = route.request().url();
    outside.push(url);
    if (url.startsWith('https://data.geopf.fr/') && url.endsWith('.json')) {
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(localStyle) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown[]>;
    w.__violations = [];
    w.__mapEvents = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations!.push(`${e.effectiveDirective} ${e.blockedURI}`));
    for (const type of ['npt-map-ready', 'npt-map-unavailable', 'npt-map-select']) {
      document.addEventListener(type, (e) => w.__mapEvents!.push({ type, detail: (e as CustomEvent).detail }));
    }
  });
  return { page, workers, outside };
}

const mapEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mapEvents: { type: string; detail: Record<string, unknown> }[] }).__mapEvents);
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

async function waitForMap(page: Page): Promise<{ type: string; detail: Record<string, unknown> }> {
  await page.waitForFunction(
    () => (window as unknown as { __mapEvents: { type: string }[] }).__mapEvents.some((e) => e.type !== 'npt-map-select'),
    undefined,
    { timeout: 30_000 },
  );
  return (await mapEvents(page)).find((e) => e.type !== 'npt-map-select')!;
}

/** What the map shows, read in the page: places given, places rendered (clusters counted by size). */
function mapState(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('npt-finder')!.shadowRoot!.querySelector('npt-finder-map') as unknown as {
      places: { id: string }[];
      selectedId: string | null;
      map: { queryRenderedFeatures(o: unknown): { properties: Record<string, unknown> }[] };
    };
    const features = el.map.queryRenderedFeatures({ layers: ['npt-points', 'npt-clusters'] });
    const clusters = new Map<unknown, number>();
    const points = new Set<unknown>();
    for (const f of features) {
      if (f.properties.cluster) clusters.set(f.properties.cluster_id, Number(f.properties.point_count));
      else points.add(f.properties.id);
    }
    const selected = el.map.queryRenderedFeatures({ layers: ['npt-selected'] }).map((f) => f.properties.id);
    return {
      given: el.places.length,
      rendered: points.size + [...clusters.values()].reduce((a, b) => a + b, 0),
      selectedId: el.selectedId,
      selected,
    };
  });
}

test("/csp/: the finder shows the seeded places on the map under worker-src 'self' without blob:, in sync with the list", async () => {
  const { page, workers, outside } = await openPage();
  const response = await page.goto(`${app.url}/csp/`);
  assert.equal(response?.status(), 200);
  const ready = await waitForMap(page);
  assert.equal(ready.type, 'npt-map-ready', JSON.stringify(ready));
  assert.deepEqual(await violations(page), []);
  assert.ok(workers.length > 0, 'maplibre started its worker');
  for (const w of workers) assert.ok(w.startsWith(`${app.url}/cdn/maplibre-gl-worker.mjs`), `worker from /cdn/, not blob: (${w})`);
  const state = await mapState(page);
  assert.ok(state.given > 0, 'the finder gives the map the seeded places');
  assert.equal(state.rendered, state.given, 'every place is drawn (as itself or in a cluster)');
  assert.equal(
    await page
      .locator('npt-finder-map .maplibregl-ctrl-attrib')
      .innerText()
      .then((t) => t.includes('© Fond local de test')),
    true,
  );

  // Map → list, with the keyboard: Enter on clusters zooms in until a place marker shows, Enter on it.
  const marker = page.locator('npt-finder-map button.npt-marker--place').first();
  const cluster = page.locator('npt-finder-map button.npt-marker--cluster').first();
  for (let i = 0; i < 8 && (await marker.count()) === 0 && (await cluster.count()) > 0; i++) {
    await cluster.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
  }
  const label = await marker.getAttribute('aria-label');
  await marker.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    (window as unknown as { __mapEvents: { type: string }[] }).__mapEvents.some((e) => e.type === 'npt-map-select'),
  );
  const chosen = (await mapEvents(page)).filter((e) => e.type === 'npt-map-select').at(-1)!.detail.id as string;
  const name = await page
    .locator(`npt-finder li.result[data-id="${chosen}"] .result-name, npt-finder .sheet h3, npt-finder [part~="sheet"] h3`)
    .first()
    .innerText();
  assert.ok(label!.startsWith(name.trim()), `the list or sheet shows the place chosen on the map (${name} / ${label})`);
  assert.deepEqual(await violations(page), []);

  // List → map (on a fresh page, the list in view): choosing a result selects and highlights its marker.
  await page.goto(`${app.url}/csp/`);
  await waitForMap(page);
  const firstResult = page.locator('npt-finder li.result').first();
  const id = await firstResult.getAttribute('data-id');
  await firstResult.locator('a').first().click();
  await page.waitForFunction(
    (id) =>
      (document.querySelector('npt-finder')!.shadowRoot!.querySelector('npt-finder-map') as unknown as { selectedId: string })
        .selectedId === id,
    id,
  );
  await page.waitForTimeout(1500); // the map eases to the place
  assert.deepEqual((await mapState(page)).selected, [id]);

  assert.deepEqual(await violations(page), []);
  assert.ok(
    outside.every((u) => u.startsWith('https://data.geopf.fr/')),
    `no other outside request: ${outside.join(', ')}`,
  );
  await page.close();
});

test("a commune site on another origin with worker-src 'self': works with worker-url on its own origin", async () => {
  const { page, workers } = await openPage();
  await page.goto(`${communeUrl}/?worker-url=/assets/maplibre-gl-worker.mjs`);
  const ready = await waitForMap(page);
  assert.equal(ready.type, 'npt-map-ready', JSON.stringify(ready));
  assert.deepEqual(await violations(page), []);
  assert.ok(workers.length > 0 && workers.every((w) => w.startsWith(`${communeUrl}/assets/maplibre-gl-worker.mjs`)), workers.join(', '));
  const state = await mapState(page);
  assert.ok(state.given > 0);
  assert.equal(state.rendered, state.given);
  await page.close();
});

test('the same site without worker-url: the CSP blocks the CDN worker, the finder says why and keeps the list', async () => {
  const { page } = await openPage();
  await page.goto(`${communeUrl}/`);
  const event = await waitForMap(page);
  assert.equal(event.type, 'npt-map-unavailable');
  assert.equal(event.detail.reason, 'csp');
  assert.ok((await violations(page)).some((v) => v.startsWith('worker-src')));
  assert.ok((await page.locator('npt-finder li.result').count()) > 0, 'the list still works');
  await page.close();
});
