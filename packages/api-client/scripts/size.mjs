// Size of @npt/api-client as a widget pays for it: esbuild bundle + minify of src/index.ts (the contract's
// ProblemSchema included), gzip -9; once with zod external (zod/mini is shared with the widget's own
// schemas), once with zod/mini bundled for reference. Run: npm run size:api-client
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const entry = join(import.meta.dirname, '..', 'src', 'index.ts');
const measure = async (external) => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: ['npt-source'],
    external,
    write: false,
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
};
const kb = (n) => `${(n / 1000).toFixed(2)} KB`;
for (const [label, external] of [
  ['api-client, zod external', ['zod', 'zod/*']],
  ['api-client + zod/mini', []],
]) {
  const { raw, gzip } = await measure(external);
  console.log(`${label.padEnd(26)} minified ${kb(raw).padStart(9)}  gzip -9 ${kb(gzip).padStart(8)}`);
}
