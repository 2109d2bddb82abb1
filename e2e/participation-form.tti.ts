// Time to interactive of the participation form on the demo page (demo/candidater.html), served by the
// real server with the CDN build: Chromium loads the page N times (cold cache each time) and reports, from
// navigation start, when the first step is drawn and when the form is ready to check a step (its schemas'
// chunk loaded and the communes listed). Run after `npm run build`:
//   node --conditions=npt-source --import tsx e2e/participation-form.tti.ts [runs]
import { launchBrowser, startApp } from './harness.js';

const runs = Number(process.argv[2] ?? 5);
const app = await startApp();
const browser = await launchBrowser();
const drawn: number[] = [];
const ready: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/candidater.html`, { waitUntil: 'commit' });
    // A string, not a function: tsx would wrap the function's inner names in a helper the page lacks.
    const [first, interactive] = (await page.evaluate(`(async () => {
      const el = () => document.querySelector('npt-participation-form');
      const until = async (test) => { while (!test()) await new Promise((r) => setTimeout(r, 5)); return performance.now(); };
      const a = await until(() => !!el()?.shadowRoot?.querySelector('.step-heading'));
      const b = await until(() => (el()?.communes?.length ?? 0) > 0);
      return [a, b];
    })()`)) as [number, number];
    drawn.push(first);
    ready.push(interactive);
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `demo/candidater.html, ${runs} cold loads from a local server (median): first step drawn ${median(drawn).toFixed(0)} ms, interactive (schemas and communes loaded) ${median(ready).toFixed(0)} ms`,
);
