// Firefox (ESR, over WebDriver BiDi) and WebKit (WebKitGTK, Safari's engine, over WebDriver) on the host
// pages of demo/hosts/: every widget's key journey (the finder's list and place sheet; the simulator's
// computation and its error summary; the forms' error summary on an empty submit, then their submit), the
// finder's map fallback, on a plain page, under a strict CSP, under Trusted Types and in a Vue app; no CSP
// violation, no uncaught error, the page hears the widgets' events; axe on every widget.
// An engine that is not installed is skipped with the reason (the README lists what runs where).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, type RunningApp } from './harness.js';
import { launchFirefox, launchWebKit, unavailable, type Engine } from './embed/engines.js';
import { buildHostSite } from './embed/site.js';
import { FINDER_MAP_FALLBACK, WIDGETS, hostUrl } from './embed/widgets.js';

const site = buildHostSite();
let app: RunningApp;
before(async () => {
  app = await startApp({ demoDir: site.dir });
});
after(async () => {
  await app?.close();
  site.close();
});
const tags = WIDGETS.map((w) => w.tag);
// The style sheets (DSFR, Bootstrap, aggressive CSS) and the second Lit are checked in Chromium
// (embed.e2e.test.ts); here, what depends on the engine: modules, CSP, Trusted Types, a framework. (DSFR,
// Bootstrap, a second Lit and React also passed in both engines when tried, at twice the time.)
const CELLS = [
  { page: 'plain', framework: false },
  { page: 'strict-csp', framework: false },
  { page: 'trusted-types', framework: false },
  { page: 'vue', framework: true },
];

for (const [id, launch] of [
  ['firefox', launchFirefox],
  ['webkit', launchWebKit],
] as const) {
  describe(id, { skip: unavailable(id) }, () => {
    let engine: Engine;
    const started = Date.now();
    before(async () => {
      engine = await launch();
    });
    after(async () => {
      await engine?.close();
      console.log(`engines: ${id} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

    for (const cell of CELLS) {
      test(`${cell.page} host page: every widget's key journey, no CSP violation, no error`, async () => {
        const page = await engine.page();
        await page.goto(hostUrl(app.url, cell.page, WIDGETS, cell.framework));
        await page.run(site.checks);
        await page.evaluate(`nptCheck.rendered(${JSON.stringify(tags)})`);
        for (const tag of tags) assert.ok(await page.evaluate(`nptCheck.journey(${JSON.stringify(tag)})`), `${tag} journey`);
        const host = await page.evaluate<{ violations: string[]; errors: string[]; events: string[]; same: boolean }>(
          '({ violations: nptHost.violations, errors: nptHost.errors, events: nptHost.events, same: nptHost.before === nptHost.snapshot() })',
        );
        assert.deepEqual(host.violations, [], 'no securitypolicyviolation');
        assert.deepEqual(host.errors, [], 'no uncaught error');
        for (const w of WIDGETS)
          assert.ok(host.events.includes(`${w.tag} ${w.event}`), `the page heard ${w.event}: ${host.events.join(', ')}`);
        assert.ok(host.same, 'the page looks the same after the widgets');
      });
    }

    test('the finder keeps its list and says why when its map cannot load', async () => {
      const page = await engine.page();
      await page.goto(`${app.url}/hosts/strict-csp.html?widgets=${encodeURIComponent(JSON.stringify([FINDER_MAP_FALLBACK]))}`);
      await page.run(site.checks);
      assert.match(await page.evaluate<string>('nptCheck.mapFallback()'), /carte/i);
      assert.deepEqual(await page.evaluate('nptHost.violations'), []);
    });

    test('axe passes on every widget (plain host page)', async () => {
      const page = await engine.page();
      await page.goto(hostUrl(app.url, 'plain', WIDGETS));
      await page.run(site.checks);
      await page.evaluate(`nptCheck.rendered(${JSON.stringify(tags)})`);
      await page.run(site.axe);
      assert.deepEqual(await page.evaluate(`nptCheck.axe(${JSON.stringify(tags)})`), []);
    });
  });
}
