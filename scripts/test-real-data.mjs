// The real-data conformance suite (packages/*/test/*.real-data.test.ts): the real exports of the national
// standard, the standard's example CSV, the opening-hours corpus and the commune list, read in place from
// the folder NPT_REAL_DATA names (default: ../shared/data beside the repository). Without that folder the
// suite is skipped in one line, unless NPT_REAL_DATA_REQUIRED=1 (CI), where a suite that did not run fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { realDataDir } from '@npt/testing/real-data-dir';

const root = resolve(import.meta.dirname, '..');
const dir = realDataDir();
const required = process.env.NPT_REAL_DATA_REQUIRED === '1';
const files = readdirSync(join(root, 'packages'))
  .flatMap((p) =>
    existsSync(join(root, 'packages', p, 'test'))
      ? readdirSync(join(root, 'packages', p, 'test')).map((f) => `packages/${p}/test/${f}`)
      : [],
  )
  .filter((f) => f.endsWith('.real-data.test.ts'))
  .sort();

if (!dir || !existsSync(join(dir, 'places'))) {
  const line = `real-data suite: skipped, no real data in ${process.env.NPT_REAL_DATA ?? '../shared/data'} (set NPT_REAL_DATA, see README)`;
  if (required) {
    console.error(`${line}; it is required here (NPT_REAL_DATA_REQUIRED=1).`);
    process.exit(1);
  }
  console.log(line);
  process.exit(0);
}
if (files.length === 0) {
  console.error('real-data suite: no *.real-data.test.ts file found.');
  process.exit(1);
}

console.log(`real-data suite: ${files.length} files on ${dir}`);
const run = spawnSync(
  process.execPath,
  ['--conditions=npt-source', '--import', 'tsx', '--test', '--test-reporter=spec', ...process.argv.slice(2), ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NPT_REAL_DATA: dir } },
);
process.exit(run.status ?? 1);
