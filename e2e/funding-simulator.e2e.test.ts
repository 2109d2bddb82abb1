// <npt-funding-simulator> as a commune's visitor meets it: the demo page loads the CDN file, the
// rules come from the real API, the person types with the keyboard, the URL carries the figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { normalizeSpaces as nb, useAppAndBrowser } from './harness.js';

const e2e = useAppAndBrowser();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await e2e.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon') && !m.text().includes('404')) errors.push(m.text());
  });
  await page.goto(`${e2e.app.url}${path}`);
  return { page, errors };
}

const sim = (page: Page, nth = 0) => page.locator('npt-funding-simulator').nth(nth);

test('the demo page reads the rules from the API and computes as the person types', async () => {
  const { page, errors } = await open('/simulateur.html');
  const el = sim(page);
  await el.locator('[part="notice"]').getByText('fournis par la Métropole').waitFor();
  await el.getByLabel('Personnes accompagnées en 2024').fill('9 000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1200');
  await page.keyboard.press('Tab');
  await page.keyboard.type('300');
  await el.getByLabel('Coût du projet, en euros').fill('500000');
  await page.keyboard.press('Tab');
  const rows = await el.locator('tbody tr').allInnerTexts();
  assert.deepEqual(
    rows.map((r) => nb(r).split(' ').slice(0, 1)[0]),
    ['2024', '2025', '2026'],
  );
  assert.match(
    nb(rows[0]!),
    /9 000 8 000 Limité au plafond du programme : 8 000 personnes au plus cette année, pour toute la Métropole\. 100 € 800 000 €/,
  );
  assert.match(nb(rows[1]!), /1 200 1 200 70 € 84 000 €/);
  assert.match(nb(await el.locator('tfoot').innerText()), /Total sur trois ans 899 000 €/);
  assert.equal(nb(await el.locator('.project .grant').innerText()), '200 000 €');
  const url = new URL(page.url());
  assert.deepEqual(
    ['2024', '2025', '2026', 'cost'].map((k) => url.searchParams.get(`sim.${k}`)),
    ['9 000', '1200', '300', '500000'],
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('a shared link restores the figures', async () => {
  const { page } = await open('/simulateur.html?sim.2025=2%20000&sim.cost=80000');
  const el = sim(page);
  assert.equal(await el.getByLabel('Personnes accompagnées en 2025').inputValue(), '2 000');
  await el.locator('.project .grant').getByText('40 000').waitFor();
  assert.match(nb(await el.locator('tbody tr').nth(1).innerText()), /140 000 €/);
  await page.close();
});

test('when the API is down, the bundled rules apply and the page says so', async () => {
  const page = await e2e.browser.newPage();
  await page.route('**/v1/funding-rules', (route) => route.abort('connectionrefused'));
  await page.goto(`${e2e.app.url}/simulateur.html`);
  const el = sim(page);
  await el.locator('[part="notice"]').getByText('n’ont pas pu être chargés').waitFor({ timeout: 20000 });
  await el.getByLabel('Personnes accompagnées en 2026').fill('100');
  await el.locator('tbody tr').nth(2).getByText('5 000 €').waitFor();
  await page.close();
});

test('an invalid figure gets an inline error, and the submit focuses the summary', async () => {
  const { page } = await open('/simulateur.html');
  const el = sim(page);
  const field = el.getByLabel('Personnes accompagnées en 2024');
  await field.fill('douze');
  await page.keyboard.press('Enter');
  const summary = el.locator('.error-summary');
  await summary.waitFor();
  assert.equal(await summary.evaluate((n) => (n.getRootNode() as ShadowRoot).activeElement === n), true);
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match(await el.locator('#people-2024-error').innerText(), /nombre entier/);
  await page.close();
});

test('survives a hostile page stylesheet and a second copy of its script', async () => {
  const { page, errors } = await open('/hostile.html');
  const first = sim(page, 0);
  const second = sim(page, 1);
  const input = first.getByLabel('Personnes accompagnées en 2024');
  await input.waitFor();
  assert.equal(await input.isVisible(), true);
  const style = await input.evaluate((n) => {
    const s = getComputedStyle(n);
    return { font: s.fontFamily, transform: s.textTransform, display: s.display };
  });
  assert.doesNotMatch(style.font, /Comic/);
  assert.equal(style.transform, 'none');
  const fontSize = await first.locator('h2').evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
  assert.ok(fontSize >= 20, `title readable despite html { font-size: 10px } (got ${fontSize}px)`);
  await input.fill('10');
  await first.locator('tbody tr').first().getByText('1 000 €').waitFor();
  assert.equal(await second.getByLabel('People supported in 2024').isVisible(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test("leaks no global but Lit's own registries (shared by every Lit component on a page)", async () => {
  const page = await e2e.browser.newPage();
  await page.goto(`${e2e.app.url}/`);
  const before = await page.evaluate(() => Object.keys(window));
  await page.evaluate(async (src) => {
    await import(src);
    document.body.append(document.createElement('npt-funding-simulator'));
  }, `${e2e.app.url}/cdn/npt-funding-simulator.js`);
  await page.locator('npt-funding-simulator h2').waitFor();
  const added = (await page.evaluate(() => Object.keys(window))).filter((k) => !before.includes(k));
  assert.deepEqual(
    added.filter((k) => !['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'].includes(k)),
    [],
  );
  const sheets = await page.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length);
  const baseline = await (async () => {
    const p = await e2e.browser.newPage();
    await p.goto(`${e2e.app.url}/`);
    const n = await p.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length);
    await p.close();
    return n;
  })();
  assert.equal(sheets, baseline, 'no stylesheet added to the page');
  await page.close();
});

test("works under a strict CSP with Trusted Types enforced (only Lit's policy allowed)", async () => {
  const page = await e2e.browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Trusted Type/i.test(m.text()) && violations.push(m.text()));
  page.on('pageerror', (e) => violations.push(e.message));
  await page.route(`${e2e.app.url}/strict-csp.html`, (route) =>
    route.fulfill({
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy':
          "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
      },
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CSP</title>
        <script type="module" src="/cdn/npt-funding-simulator.js"></script></head>
        <body><npt-funding-simulator api="/v1" no-url-state></npt-funding-simulator></body></html>`,
    }),
  );
  await page.goto(`${e2e.app.url}/strict-csp.html`);
  const el = sim(page);
  await el.locator('[part="notice"]').getByText('fournis par la Métropole').waitFor();
  await el.getByLabel('Personnes accompagnées en 2024').fill('50');
  await el.locator('tbody tr').first().getByText('5 000 €').waitFor();
  const color = await el.locator('button[type="submit"]').evaluate((n) => getComputedStyle(n).backgroundColor);
  assert.equal(color, 'rgb(0, 0, 145)', 'the widget is styled under style-src self');
  assert.deepEqual(violations, []);
  await page.close();
});
