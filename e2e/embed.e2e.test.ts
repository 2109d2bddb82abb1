// The embedding matrix in Chromium: every widget of the table (embed/widgets.ts) on every host page of
// demo/hosts/ (no style, DSFR, Bootstrap 5, aggressive global CSS, strict CSP, Trusted Types, a second Lit,
// React 19, Vue 3), served by the real server with the real CDN build. Each cell: the widgets render, their
// key journey works, no CSP violation, no uncaught error, nothing leaks in (the widgets' inner styles equal
// those on the plain page) or out (the page's own elements and style sheets unchanged), axe passes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useAppAndBrowser } from './harness.js';
import { buildHostSite } from './embed/site.js';
import { FINDER_MAP_FALLBACK, MISSING, WIDGETS, hostUrl } from './embed/widgets.js';

const site = buildHostSite();
const e2e = useAppAndBrowser({ demoDir: site.dir });
after(() => site.close());
const started = Date.now();
after(() => console.log(`embed matrix (Chromium): ${((Date.now() - started) / 1000).toFixed(1)} s`));

if (MISSING.length) console.log(`embed matrix: not built yet, left out: ${MISSING.join(', ')}`);
const tags = WIDGETS.map((w) => w.tag);

interface Cell {
  page: string;
  /** Framework pages pass properties; plain HTML pages turn them into attributes. */
  framework?: boolean;
}
const CELLS: Cell[] = [
  { page: 'plain' },
  { page: 'dsfr' },
  { page: 'bootstrap' },
  { page: 'aggressive' },
  { page: 'strict-csp' },
  { page: 'trusted-types' },
  { page: 'lit' },
  { page: 'lit-trusted-types' },
  { page: 'react', framework: true },
  { page: 'vue', framework: true },
];

async function open(cell: Cell): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // The journeys and axe are evaluated by the test (Playwright's evaluation is not subject to the page's CSP).
  await page.addInitScript(site.checks);
  await page.goto(hostUrl(e2e.app.url, cell.page, WIDGETS, cell.framework));
  await page.evaluate((t) => globalThis.nptCheck.rendered(t), tags);
  return { page, pageErrors };
}

/** Computed styles inside every widget's shadow root, by tag. */
const insideStyles = async (page: Page): Promise<Record<string, unknown>> =>
  Object.fromEntries(await Promise.all(tags.map(async (t) => [t, await page.evaluate((x) => globalThis.nptCheck.insideStyles(x), t)])));

let reference: Record<string, unknown> | undefined;
/** Properties that come from --npt-* custom properties, which the aggressive page sets to junk on purpose. */
const THEMED = new Set(['color', 'background-color', 'font-family', 'outline-style']);
const withoutThemed = (styles: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(styles, (key, value) => (THEMED.has(key) ? undefined : value)));
/**
 * The aggressive page's `* { font-size: 22px }` also sizes its root element, and the widgets follow the site's
 * root text size on purpose (a site's "A+"; --npt-font-size defaults to max(1rem, 1em)): on that page they are
 * compared with the plain page at the same root size.
 */
const AGGRESSIVE_ROOT_SIZE = '22px';
let referenceAtAggressiveRoot: Record<string, unknown> | undefined;

for (const cell of CELLS) {
  test(`${cell.page} host page: every widget renders, works, stays in its box, passes axe, no CSP violation or error`, async () => {
    const { page, pageErrors } = await open(cell);
    for (const tag of tags) {
      const done = await page.evaluate((t) => globalThis.nptCheck.journey(t), tag);
      assert.ok(done, `${tag} journey`);
    }
    const host = await page.evaluate(() => {
      const h = globalThis.nptHost;
      return { violations: h.violations, errors: h.errors, events: h.events, before: h.before, after: h.snapshot() };
    });
    assert.deepEqual(host.violations, [], 'no securitypolicyviolation');
    assert.deepEqual([...host.errors, ...pageErrors], [], 'no uncaught error');
    for (const w of WIDGETS)
      assert.ok(host.events.includes(`${w.tag} ${w.event}`), `the host heard ${w.event} from ${w.tag}: ${host.events.join(', ')}`);
    assert.equal(host.after, host.before, 'the page looks the same after the widgets (nothing leaks out)');

    const inside = await insideStyles(page);
    if (cell.page === 'plain') {
      reference = inside;
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), AGGRESSIVE_ROOT_SIZE);
      referenceAtAggressiveRoot = await insideStyles(page);
      await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    } else if (cell.page === 'aggressive') {
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), AGGRESSIVE_ROOT_SIZE);
      // This page also sets junk --npt-* values: the theming API, taken as given (colours and font are
      // the page's to choose; axe below checks they stay legible). Everything else must not change: the
      // page's `*` rule on the host element (font size, box model, line height) does not reach inside.
      assert.deepEqual(
        withoutThemed(inside),
        withoutThemed(referenceAtAggressiveRoot!),
        "the widgets look as on a page without CSS of the same root text size (nothing leaks in but the page's --npt-* values)",
      );
    } else assert.deepEqual(inside, reference, `the widgets look as on a page without CSS (nothing leaks in)`);

    if (cell.framework) {
      // Properties set by the framework took effect: no map area (noMap), the page URL untouched (noUrlState).
      assert.equal(
        await page.evaluate(() => !!document.querySelector('npt-finder')?.shadowRoot?.querySelector('[part="map"]')),
        false,
        'noMap set as a property',
      );
      // Vue renders the tags before the loader defines them: Lit applies such properties at the first update.
      const url = page.url();
      assert.equal(new URL(url).search.includes('sim.'), false, `noUrlState set as a property keeps the simulator out of the URL: ${url}`);
      const heard = await page.locator('#framework-events').innerText();
      for (const w of WIDGETS) assert.ok(heard.includes(w.event!), `the app's own state shows ${w.event}: ${heard}`);
    }

    await page.evaluate(site.axe);
    assert.deepEqual(await page.evaluate((t) => globalThis.nptCheck.axe(t), tags), [], 'axe');
    await page.close();
  });
}

test('the finder keeps its list and says why when its map cannot load (style missing)', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(site.checks);
  await page.goto(`${e2e.app.url}/hosts/strict-csp.html?widgets=${encodeURIComponent(JSON.stringify([FINDER_MAP_FALLBACK]))}`);
  const notice = await page.evaluate(() => globalThis.nptCheck.mapFallback());
  assert.match(notice, /carte/i);
  assert.deepEqual(await page.evaluate(() => globalThis.nptHost.violations), []);
  await page.close();
});

before(() => assert.ok(WIDGETS.length >= 2, 'the CDN build exists (npm run build)'));
