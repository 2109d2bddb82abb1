// npm run bench:finder: the finder's search (normalise once, then filter + distance + radius + sort per
// query) over 1 000, 10 000 and 100 000 synthetic places generated from the real records of
// the real exports (NPT_REAL_DATA, see README), in Node and (unless --node-only) in Chromium. Prints median ms per query.
// Targets: under 2 ms at 10 000 places and under 20 ms at 100 000 (one frame).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireRealDataDir } from '@npt/testing/real-data-dir';
import { build } from 'esbuild';
import * as contract from '@npt/contract';
import { formatRows, runBench } from './bench-finder-core.mjs';

const dir = requireRealDataDir('npm run bench:finder');
const records = ['idf-conseillers-numeriques-2022-08', 'paca-hub-du-sud-v1', 'charente-v1'].flatMap((f) =>
  JSON.parse(readFileSync(join(dir, 'places', `${f}.json`), 'utf8')),
);
console.log(`Synthetic places from ${records.length} real records (coordinates jittered by up to ±0.05°).`);
console.log(formatRows('node', runBench(contract, records)));

if (!process.argv.includes('--node-only')) {
  const { chromium } = await import('playwright-core');
  const { chromiumArgs } = await import('../web-test-runner.config.mjs');
  const bundle = await build({
    stdin: {
      contents: `import * as contract from '@npt/contract'; import { runBench } from './scripts/bench-finder-core.mjs';
        window.bench = (records) => runBench(contract, records);`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    write: false,
    conditions: ['npt-source'],
    target: 'es2022',
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const rows = await page.evaluate((r) => window.bench(r), records);
    console.log(formatRows('chromium', rows));
  } finally {
    await browser.close();
  }
}
