// Extends the finder's CDN build (rollup.config.mjs calls this with the finder's config).
// maplibre-gl 6 starts its Web Worker from `maplibre-gl-worker.mjs`, which it finds next to its own
// module (`new URL('./maplibre-gl-worker.mjs', import.meta.url)`). Bundled, maplibre lives in a lazy
// chunk under dist/cdn/chunks/, and rollup does not emit the worker at all. So:
//  - the worker ships as dist/cdn/maplibre-gl-worker.mjs, next to npt-finder.js;
//  - inside maplibre's code `import.meta.url` becomes the CDN directory's URL, so the default worker URL
//    is that file, wherever the CDN files are hosted. `<npt-finder worker-url="...">` overrides it
//    (maplibre's `setWorkerUrl`), for sites whose CSP allows workers from their own origin only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative } from 'node:path';

const require = createRequire(import.meta.url);
const maplibreDist = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist');
export const WORKER_FILE = 'maplibre-gl-worker.mjs';

/** @param {import('rollup').RollupOptions & { plugins: import('rollup').Plugin[] }} config */
export default (config) => ({ ...config, plugins: [...config.plugins, maplibreWorker()] });

/** @returns {import('rollup').Plugin} */
function maplibreWorker() {
  return {
    name: 'npt-maplibre-worker',
    buildStart() {
      this.emitFile({ type: 'asset', fileName: WORKER_FILE, source: readFileSync(join(maplibreDist, WORKER_FILE)) });
    },
    resolveImportMeta(property, { moduleId, chunkId }) {
      if (property !== 'url' || !/[\\/]maplibre-gl[\\/]dist[\\/]/.test(moduleId)) return null;
      // From the chunk (chunks/x.js) up to the CDN directory, where the worker is.
      const up = posix.relative(posix.dirname(chunkId), '.');
      return `new URL(${JSON.stringify(up ? `${up}/` : './')}, import.meta.url).href`;
    },
  };
}

const repo = join(import.meta.dirname, '..', '..');

/**
 * The finder's map chunk for benchmarks and end-to-end tests: the one in dist/cdn (from `npm run build`)
 * when it is there, otherwise the map built alone with the same settings into `outDir` (about 40 s).
 * @returns {Promise<{ dir: string; chunk: string; from: string }>} `chunk` is relative to `dir`, which also holds the worker.
 */
export async function mapChunk(outDir = join(repo, 'var', 'map-chunk')) {
  const meta = join(repo, 'dist', 'cdn', 'meta.json');
  if (existsSync(meta)) {
    const chunk = JSON.parse(readFileSync(meta, 'utf8'))['npt-finder']?.lazy.find((f) => /finder-map/.test(f));
    if (chunk) return { dir: join(repo, 'dist', 'cdn'), chunk, from: 'dist/cdn (npm run build)' };
  }
  const [{ rollup }, { nodeResolve }, { default: terser }, { default: esbuild }] = await Promise.all([
    import('rollup'),
    import('@rollup/plugin-node-resolve'),
    import('@rollup/plugin-terser'),
    import('rollup-plugin-esbuild'),
  ]);
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, 'entry.ts');
  const target = relative(outDir, join(import.meta.dirname, 'src', 'map', 'finder-map.js')).replaceAll('\\', '/');
  writeFileSync(entry, `export const load = () => import(${JSON.stringify(target)});\n`);
  // The same plugins and output layout as the CDN build in rollup.config.mjs.
  const config = {
    input: { 'npt-finder': entry },
    plugins: [
      nodeResolve({ exportConditions: ['npt-source', 'browser', 'module', 'import', 'default'] }),
      esbuild({ tsconfig: join(repo, 'tsconfig.json'), target: 'es2022' }),
      terser({ ecma: 2022, module: true, format: { ascii_only: true, comments: false }, compress: { passes: 2 } }),
    ],
  };
  const bundle = await rollup((await import('./cdn.config.mjs')).default(config));
  const { output } = await bundle.write({
    dir: outDir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  });
  const chunk = output.find((c) => c.type === 'chunk' && /finder-map/.test(c.fileName)).fileName;
  return { dir: outDir, chunk, from: `${relative(repo, outDir)} (the map alone, built with the CDN settings)` };
}
