// The finder's CDN file against its built output (dist/cdn, from `npm run build`; run by `npm run test:build`): the Métropole's communes
// (with the places normaliser that needs them) are in a lazy chunk, not in what the <script> tag loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mgpCommunes } from '@npt/contract';

const cdn = join(import.meta.dirname, '..', '..', '..', 'dist', 'cdn');

test('the communes list is in a lazy chunk, not in the static closure of npt-finder.js', () => {
  const meta = JSON.parse(readFileSync(join(cdn, 'meta.json'), 'utf8'))['npt-finder'] as { static: string[]; lazy: string[] };
  // Long names: short ones ("Paris", "Bondy") may appear in other text.
  const names = mgpCommunes()
    .map((c) => c.nom)
    .filter((n) => n.length >= 12);
  assert.ok(names.length > 50);
  const found = (file: string) => {
    // The build escapes non-ASCII characters ("Ch\xE2tillon").
    const code = readFileSync(join(cdn, file), 'utf8').replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/gi, (_, x: string, u: string) =>
      String.fromCharCode(parseInt(x ?? u, 16)),
    );
    return names.filter((n) => code.includes(JSON.stringify(n)) || code.includes(`'${n}'`) || code.includes(`\`${n}\``));
  };
  for (const file of meta.static) assert.deepEqual(found(file), [], `${file} is loaded by the <script> tag`);
  const lazy = meta.lazy.filter((f) => found(f).length === names.length);
  assert.equal(lazy.length, 1, 'exactly one lazy chunk holds every commune');
});
