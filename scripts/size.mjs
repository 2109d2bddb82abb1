// Size report of the CDN files: raw and gzip -9 bytes of each widget's entry with the chunks it
// loads at once (what a page pays for the <script> tag), and of each lazily loaded part.
// Exits non-zero when an entry is over its budget.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const cdn = join(root, 'dist', 'cdn');
/** Gzip budgets in bytes (KB = 1000 bytes), for the entry plus its static chunks. */
export const budgets = {
  npt: 5_000, // the loader, npt.js
  'npt-funding-simulator': 20_000,
  'npt-finder': 35_000,
  'npt-participation-form': 30_000, // issue #9's target for the CDN file
  'npt-webinar-registration': 25_000, // issue #10's target for the CDN file
};

if (!existsSync(join(cdn, 'meta.json'))) {
  console.error('dist/cdn/meta.json is missing: run `npm run build` first.');
  process.exit(1);
}
const meta = JSON.parse(readFileSync(join(cdn, 'meta.json'), 'utf8'));
const measure = (files) =>
  files.reduce(
    (acc, f) => {
      const buf = readFileSync(join(cdn, f));
      return { raw: acc.raw + buf.length, gzip: acc.gzip + gzipSync(buf, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const rows = [];
let failed = false;
for (const [tag, m] of Object.entries(meta).sort()) {
  const s = measure(m.static);
  const budget = budgets[tag];
  const over = budget !== undefined && s.gzip > budget;
  failed ||= over;
  rows.push([
    `${tag}.js (+${m.static.length - 1} static chunks)`,
    kb(s.raw),
    kb(s.gzip),
    budget ? `${kb(budget)} ${over ? 'OVER' : 'ok'}` : '-',
  ]);
  if (m.lazy.length) {
    const l = measure(m.lazy);
    rows.push([`  ${tag} lazy chunks (${m.lazy.length})`, kb(l.raw), kb(l.gzip), 'loaded on demand']);
    for (const c of m.lazy) {
      const one = measure([c]);
      rows.push([`    ${c}`, kb(one.raw), kb(one.gzip), '']);
    }
  }
  for (const a of m.assets ?? []) {
    const l = measure([a]);
    rows.push([`  ${a}`, kb(l.raw), kb(l.gzip), 'asset']);
  }
}
const header = ['CDN file', 'raw', 'gzip -9', 'budget (gzip)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
if (failed) {
  console.error('\nSize budget exceeded.');
  process.exit(1);
}
