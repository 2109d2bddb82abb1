// Where the real data is (plain JavaScript, so that benchmarks run by plain node can use it too):
// the folder NPT_REAL_DATA names, else ../shared/data beside the repository when it exists.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The real-data folder, or undefined when there is none. */
export function realDataDir() {
  const dir = process.env.NPT_REAL_DATA ? resolve(process.env.NPT_REAL_DATA) : resolve(repoRoot, '..', 'shared', 'data');
  return existsSync(dir) ? dir : undefined;
}

/** The real-data folder, or exit with a message saying how to provide it (for benchmarks). */
export function requireRealDataDir(what) {
  const dir = realDataDir();
  if (dir) return dir;
  console.error(`${what} reads the real exports: set NPT_REAL_DATA to the real-data folder (see README, "Real-data suite").`);
  process.exit(1);
}
