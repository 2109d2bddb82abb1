// A widget's version is its package's (src/generated/version.ts, written from package.json by
// scripts/generate-versions.mjs), never a string typed in a source file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const packages = join(import.meta.dirname, '..', '..');

test("no source file writes a version by hand; each generated version is its package.json's", () => {
  const handWritten: string[] = [];
  for (const dir of readdirSync(packages)) {
    const src = join(packages, dir, 'src');
    if (!existsSync(src)) continue;
    for (const file of readdirSync(src, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts') || file.startsWith('generated')) continue;
      if (/\bversion\s*=\s*['"]\d+\.\d+\.\d+/.test(readFileSync(join(src, file), 'utf8'))) handWritten.push(`${dir}/src/${file}`);
    }
    const generated = join(src, 'generated', 'version.ts');
    if (existsSync(generated)) {
      const { version } = JSON.parse(readFileSync(join(packages, dir, 'package.json'), 'utf8')) as { version: string };
      assert.match(readFileSync(generated, 'utf8'), new RegExp(`VERSION = '${version.replaceAll('.', '\\.')}'`), dir);
    }
  }
  assert.deepEqual(handWritten, []);
  assert.ok(existsSync(join(packages, 'finder', 'src', 'generated', 'version.ts')), 'run npm install (postinstall) to generate it');
});
