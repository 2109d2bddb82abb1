// Builds every browser package twice:
//  - npm: unbundled ESM in packages/<pkg>/dist (dependencies stay external; .d.ts come from scripts/build-types.mjs);
//  - CDN: for each widget, one self-contained minified file dist/cdn/npt-<widget>.js for a <script type="module">,
//    with lazily imported code (the finder's map) split into dist/cdn/chunks/.
// dist/cdn/meta.json records each entry's static and dynamic chunks for the size report.
import { readdirSync, readFileSync, existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';
import { sharedLitPolicy } from './scripts/rollup-lit-policy.mjs';

const root = import.meta.dirname;
const only = process.env.NPT_ONLY; // e.g. NPT_ONLY=finder to build one package while working on it
const browserPackages = readdirSync(join(root, 'packages'))
  // The server runs from source; the test support package is never built or published.
  .filter((dir) => !['server', 'testing'].includes(dir) && existsSync(join(root, 'packages', dir, 'src', 'index.ts')))
  .filter((dir) => !only || only.split(',').includes(dir));

if (!only) rmSync(join(root, 'dist', 'cdn'), { recursive: true, force: true });

const sourceFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));

const esbuildPlugin = () => esbuild({ tsconfig: join(root, 'tsconfig.json'), target: 'es2022' });

function npmBuild(dir) {
  const pkgDir = join(root, 'packages', dir);
  return {
    input: sourceFiles(join(pkgDir, 'src')),
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [esbuildPlugin()],
    output: { dir: join(pkgDir, 'dist'), format: 'es', preserveModules: true, preserveModulesRoot: join(pkgDir, 'src') },
  };
}

/** Records, for each CDN entry, the chunks it loads at once and those it loads on demand. */
function cdnMeta(tag) {
  return {
    name: 'npt-cdn-meta',
    generateBundle(_options, bundle) {
      const file = join(root, 'dist', 'cdn', 'meta.json');
      const meta = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      const closure = (names, seen = new Set()) => {
        for (const n of names)
          if (!seen.has(n)) {
            seen.add(n);
            closure(bundle[n]?.imports ?? [], seen);
          }
        return seen;
      };
      const statics = [...closure([entry.fileName])];
      const lazy = [...closure(statics.flatMap((n) => bundle[n].dynamicImports ?? []))].filter((n) => !statics.includes(n));
      meta[tag] = {
        entry: entry.fileName,
        static: statics,
        lazy,
        assets: Object.values(bundle)
          .filter((a) => a.type === 'asset')
          .map((a) => a.fileName),
      };
      mkdirSync(join(root, 'dist', 'cdn'), { recursive: true });
      writeFileSync(file, JSON.stringify(meta, null, 2));
    },
  };
}

// Whether a module may have side effects, from its package's `sideEffects` (false: none). Node-resolve reads
// that field only for the files it resolves itself; the relative `.js` imports that esbuild maps to `.ts`
// escaped it, so every statement of a module reached inside @npt/contract or @npt/ui (the places
// normaliser's tables, the server's request schemas) landed in the widgets' bundles, used or not.
const declaredSideEffects = new Map();
function moduleSideEffects(id) {
  const match = /^(.*[\\/]packages[\\/][^\\/]+)[\\/]src[\\/]/.exec(id);
  if (!match) return true;
  if (!declaredSideEffects.has(match[1])) {
    declaredSideEffects.set(match[1], JSON.parse(readFileSync(join(match[1], 'package.json'), 'utf8')).sideEffects !== false);
  }
  return declaredSideEffects.get(match[1]);
}

function cdnBuild(dir) {
  const pkgDir = join(root, 'packages', dir);
  const tag = `npt-${dir}`;
  const extra = existsSync(join(pkgDir, 'cdn.config.mjs')) ? join(pkgDir, 'cdn.config.mjs') : null;
  return {
    input: { [tag]: join(pkgDir, 'src', 'define.ts') },
    plugins: [
      nodeResolve({ exportConditions: ['npt-source', 'browser', 'module', 'import', 'default'] }),
      sharedLitPolicy(),
      esbuildPlugin(),
      minifyTemplates(),
      terser({ ecma: 2022, module: true, format: { ascii_only: true, comments: false }, compress: { passes: 2 } }),
      cdnMeta(tag),
    ],
    treeshake: { moduleSideEffects },
    extraConfig: extra,
    output: { dir: join(root, 'dist', 'cdn'), format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  };
}

const configs = [];
for (const dir of browserPackages) {
  configs.push(npmBuild(dir));
  if (existsSync(join(root, 'packages', dir, 'src', 'define.ts'))) configs.push(cdnBuild(dir));
}

// The loader, dist/cdn/npt.js: its table of widgets (tag → file) is every package with a src/define.ts, so a
// new widget needs no edit here; its version is the release's (the root package.json), like dist/cdn/<version>/.
const widgetTable = Object.fromEntries(
  readdirSync(join(root, 'packages'))
    .filter((dir) => existsSync(join(root, 'packages', dir, 'src', 'define.ts')))
    .map((dir) => [`npt-${dir}`, `npt-${dir}.js`]),
);
const loaderEntry = join(root, 'packages', 'loader', 'src', 'npt.ts');
if (existsSync(loaderEntry) && (!only || only.split(',').includes('loader'))) {
  const release = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  configs.push({
    input: { npt: loaderEntry },
    plugins: [
      {
        name: 'npt-widgets',
        resolveId: (id) => (id === 'virtual:npt-widgets' ? '\0npt-widgets' : null),
        load: (id) => (id === '\0npt-widgets' ? `export default ${JSON.stringify(widgetTable)};` : null),
      },
      esbuild({ tsconfig: join(root, 'tsconfig.json'), target: 'es2022', define: { __NPT_VERSION__: JSON.stringify(release) } }),
      terser({ ecma: 2022, module: true, format: { ascii_only: true, comments: false }, compress: { passes: 2 } }),
      cdnMeta('npt'),
    ],
    output: { dir: join(root, 'dist', 'cdn'), format: 'es', entryFileNames: '[name].js' },
  });
}

// A widget may add to its CDN build (the finder copies maplibre's worker next to its chunk) with a
// packages/<pkg>/cdn.config.mjs exporting `default (config) => config`.
export default Promise.all(
  configs.map(async ({ extraConfig, ...config }) => (extraConfig ? (await import(extraConfig)).default(config) : config)),
);
