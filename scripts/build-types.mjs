// Emits .d.ts for every browser package (one tsc run over the monorepo), then places each
// package's declarations beside its ESM build in packages/<pkg>/dist.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
rmSync(join(root, 'build', 'types'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
for (const dir of readdirSync(join(root, 'build', 'types'))) {
  const from = join(root, 'build', 'types', dir, 'src');
  if (existsSync(from)) cpSync(from, join(root, 'packages', dir, 'dist'), { recursive: true });
}
