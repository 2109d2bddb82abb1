// Extends the finder's CDN build (rollup.config.mjs calls this with the finder's config).
// maplibre-gl 6 starts its Web Worker from `maplibre-gl-worker.mjs`, which it finds next to its own
// module (`new URL('./maplibre-gl-worker.mjs', import.meta.url)`). Bundled, maplibre lives in a lazy
// chunk under dist/cdn/chunks/, and rollup does not emit the worker at all. So:
//  - the worker ships as dist/cdn/maplibre-gl-worker.mjs, next to npt-finder.js;
//  - inside maplibre's code `import.meta.url` becomes the CDN directory's URL, so the default worker URL
//    is that file, wherever the CDN files are hosted. `<npt-finder worker-url="...">` overrides it
//    (maplibre's `setWorkerUrl`), for sites whose CSP allows workers from their own origin only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';

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
