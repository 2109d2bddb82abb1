// custom-elements.json for each widget package, from the Lit sources (feeds the README tables and Storybook).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const cem = join(root, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
for (const dir of readdirSync(join(root, 'packages'))) {
  const pkgDir = join(root, 'packages', dir);
  if (!existsSync(join(pkgDir, 'src', 'define.ts'))) continue;
  execFileSync(
    process.execPath,
    [cem, 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', '.', '--quiet'],
    {
      cwd: pkgDir,
      stdio: 'inherit',
    },
  );
}
