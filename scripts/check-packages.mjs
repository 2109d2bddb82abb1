// npm run check:packages (after npm run build): what an npm user of each published package gets.
// publint checks package.json against the files packed (exports, types, files, sideEffects); attw (Are the
// Types Wrong?) resolves every entry point's types as TypeScript would under each module resolution, for
// ESM-only packages. knip, run by the same script, finds unused files, exports and dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const published = readdirSync(join(root, 'packages'))
  .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
  .filter((dir) => !JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).private);

const missing = published.filter((dir) => !existsSync(join(root, 'packages', dir, 'dist')));
if (missing.length) {
  console.error(`check:packages: no dist/ in ${missing.join(', ')}: run npm run build first.`);
  process.exit(1);
}

const failed = [];
const run = (label, command, args, cwd = root) => {
  console.log(`\n== ${label}`);
  const r = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) failed.push(label);
};
for (const dir of published) {
  const cwd = join(root, 'packages', dir);
  run(`publint packages/${dir}`, bin('publint'), ['run', '--strict', '--pack', 'npm'], cwd);
  // ESM only: no CommonJS entry is published, so node10/node16-CJS resolution is not a user's path.
  run(`attw packages/${dir}`, bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'], cwd);
}
run('knip', bin('knip'), ['--no-progress']);

if (failed.length) {
  console.error(`\ncheck:packages: ${failed.length} failed: ${failed.join('; ')}`);
  process.exit(1);
}
console.log(`\ncheck:packages: ${published.length} published packages and knip clean.`);
