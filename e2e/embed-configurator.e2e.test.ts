// The configurator (demo/configurateur.html) against the real server and CDN build: its options are the
// widgets' manifests; it checks colour contrast; the snippet it writes, pasted into a blank page served
// with the CSP lines it writes, works (integrity, import map, language, options), without a violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { normalizeSpaces as nb, useAppAndBrowser } from './harness.js';

const e2e = useAppAndBrowser();
const cdn = join(import.meta.dirname, '..', 'dist', 'cdn', 'latest');
const release = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));

const RECORD = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

async function configurator(): Promise<{ page: Page; errors: string[] }> {
  const context = await e2e.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(RECORD);
  // No network: the preview's map style (IGN) fails, the finder says so and keeps its list.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${e2e.app.url}/configurateur.html`);
  await page
    .locator('#load-status')
    .getByText(/Version .* widgets/)
    .waitFor();
  return { page, errors };
}

/** The snippet and CSP as the configurator shows them, in a blank page of the app's origin served with that CSP. */
async function paste(page: Page, snippet: string, cspLines: string): Promise<{ blank: Page; errors: string[] }> {
  const policy = [
    "default-src 'none'",
    ...cspLines
      .split('\n')
      .filter((l) => /^[a-z-]+-src /.test(l))
      .map((l) => l.replace(/;$/, '')),
  ].join('; ');
  const blank = await page.context().newPage();
  const errors: string[] = [];
  blank.on('pageerror', (e) => errors.push(e.message));
  blank.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.text()) && errors.push(m.text()));
  await blank.addInitScript(RECORD);
  await blank.route(`${e2e.app.url}/blank.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': policy },
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page vierge</title></head><body>\n${snippet}\n</body></html>`,
    }),
  );
  await blank.goto(`${e2e.app.url}/blank.html`);
  return { blank, errors };
}

test("the options are those of each widget's manifest, and the page passes axe without a CSP violation", async () => {
  const { page, errors } = await configurator();
  const described = Object.entries<{ manifest?: string }>(release.widgets).filter(([, w]) => w.manifest);
  assert.deepEqual(
    await page.locator('#widget option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    described.map(([tag]) => tag),
  );
  for (const [tag, w] of described) {
    await page.selectOption('#widget', tag);
    const manifest = JSON.parse(readFileSync(join(cdn, w.manifest!), 'utf8'));
    const declaration = manifest.modules
      .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === tag);
    for (const attr of declaration.attributes)
      assert.equal(await page.locator(`#attr-${attr.name}`).count(), 1, `${tag}: a control for ${attr.name}`);
    await page.locator(`#preview ${tag}`).waitFor();
  }
  await page.evaluate(readFileSync(join(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const result = await page.evaluate(() =>
    globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] }),
  );
  assert.deepEqual(
    result.violations.map((v: { id: string }) => v.id),
    [],
  );
  assert.deepEqual(await page.evaluate(() => globalThis.__violations), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('colours: a contrast below WCAG AA is flagged, a sufficient one passes, and the CSS to copy follows', async () => {
  const { page } = await configurator();
  await page.selectOption('#widget', 'npt-funding-simulator');
  const note = page.locator('[data-colour="--npt-color-primary"] .contrast');
  await page.fill('#colour-npt-color-primary', '#ffff00');
  assert.match(nb(await note.innerText()), /Contraste 1,1:1 .* insuffisant, 4,5:1 exigé/);
  await page.fill('#colour-npt-color-primary', '#18753c');
  assert.match(nb(await note.innerText()), /Contraste 5,\d:1 .* conforme/);
  assert.equal(await page.locator('#css').inputValue(), 'npt-funding-simulator {\n  --npt-color-primary: #18753c;\n}');
  assert.equal(
    await page.evaluate(() =>
      getComputedStyle(document.querySelector('#preview npt-funding-simulator')!).getPropertyValue('--npt-color-primary').trim(),
    ),
    '#18753c',
    'the preview shows the colour',
  );
  await page.context().close();
});

test("the simulator's snippet, pinned with integrity and an import map, works in a blank page under the CSP it states", async () => {
  const { page } = await configurator();
  await page.selectOption('#widget', 'npt-funding-simulator');
  await page.fill('#attr-apply-url', '/candidater');
  await page.selectOption('#lang', 'en');
  await page.check('#pin-chunks');
  await page.locator('#preview npt-funding-simulator').getByText('Estimate', { exact: true }).waitFor();
  await page.click('button[data-copy="snippet"]');
  await page.locator('#copy-status').getByText('Copié').waitFor();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(snippet, await page.locator('#snippet').inputValue());
  assert.ok(snippet.includes(`integrity="${release.widgets['npt-funding-simulator'].integrity}"`), snippet);
  assert.match(snippet, /<script type="importmap">/);
  const csp = await page.locator('#csp').inputValue();
  assert.match(csp, /script-src http:\/\/127\.0\.0\.1:\d+ 'sha256-[A-Za-z0-9+/=]+';/);

  const { blank, errors } = await paste(page, snippet, csp);
  const widget = blank.locator('npt-funding-simulator');
  await widget.getByText('Estimate', { exact: true }).waitFor();
  await widget.getByLabel('People supported in 2024').fill('9000');
  await widget.locator('tbody tr').first().getByText('€800,000').waitFor();
  assert.equal(new URL((await widget.locator('[part="apply"]').getAttribute('href'))!, e2e.app.url).pathname, '/candidater');
  assert.deepEqual(await blank.evaluate(() => globalThis.__violations), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("the finder's snippet with a territory (commune codes) lists only that territory in a blank page", async () => {
  const { page } = await configurator();
  await page.selectOption('#widget', 'npt-finder');
  await page.fill('#attr-communes', '93048');
  await page.check('#attr-no-map');
  await page.fill('#attr-geocoder-url', 'none');
  const snippet = await page.locator('#snippet').inputValue();
  const element = /<npt-finder[^>]*>/.exec(snippet)![0];
  for (const attr of [/ api="http:\/\/127\.0\.0\.1:\d+\/v1"/, / communes="93048"/, / geocoder-url="none"/, / no-map[ >]/])
    assert.match(element, attr);
  const csp = await page.locator('#csp').inputValue();
  assert.doesNotMatch(csp, /worker-src|geopf/, 'no map, no geocoder: no map or geocoder sources');

  const { blank, errors } = await paste(page, snippet, csp);
  const addresses = blank.locator('npt-finder').locator('li.result .address');
  await addresses.first().waitFor();
  const all = (await addresses.allInnerTexts()).map(nb);
  assert.ok(all.length > 0 && all.every((a) => /Montreuil/i.test(a)), `only Montreuil: ${all.join(' / ')}`);
  assert.deepEqual(await blank.evaluate(() => globalThis.__violations), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});
