// The host site of the embedding tests: a copy of demo/ (whose hosts/ pages are the host pages) plus what
// those pages load that the repository does not commit: the DSFR and Bootstrap style sheets from
// node_modules, and the host apps (React 19, Vue 3, a second Lit) built here with esbuild. The widgets come
// from the real build, dist/cdn/ (`npm run build`), served by the real server at /cdn/.
import { buildSync } from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');
const require = createRequire(join(repo, 'package.json'));

export interface HostSite {
  /** Pass as `startApp({ demoDir })`. */
  dir: string;
  /** journeys.browser.ts as one script to evaluate in a page: defines globalThis.nptCheck. */
  checks: string;
  /** axe-core, to evaluate in a page: defines globalThis.axe. */
  axe: string;
  close(): void;
}

export function buildHostSite(): HostSite {
  const dir = mkdtempSync(join(tmpdir(), 'npt-hosts-'));
  cpSync(join(repo, 'demo'), dir, { recursive: true });
  mkdirSync(join(dir, 'hosts', 'vendor'), { recursive: true });
  cpSync(require.resolve('@gouvfr/dsfr/dist/dsfr.min.css'), join(dir, 'hosts', 'vendor', 'dsfr.min.css'));
  cpSync(require.resolve('bootstrap/dist/css/bootstrap.min.css'), join(dir, 'hosts', 'vendor', 'bootstrap.min.css'));
  buildSync({
    entryPoints: ['other-lit', 'react-app', 'vue-app'].map((n) => join(import.meta.dirname, 'apps', `${n}.ts`)),
    outdir: join(dir, 'hosts', 'build'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
    tsconfig: join(repo, 'tsconfig.json'),
    // The widgets' files are the CDN's, not bundled into the apps.
    external: ['/cdn/*'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  const checks = buildSync({
    entryPoints: [join(import.meta.dirname, 'journeys.browser.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  }).outputFiles[0]!.text;
  const axe = readFileSync(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
  return { dir, checks, axe, close: () => rmSync(dir, { recursive: true, force: true }) };
}
