import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, REPO_ROOT } from '../src/config.js';

test('.env.example documents every variable the server reads, and its values load', () => {
  const text = readFileSync(join(REPO_ROOT, '.env.example'), 'utf8');
  const env = Object.fromEntries(
    text
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const source = readFileSync(join(REPO_ROOT, 'packages/server/src/config.ts'), 'utf8');
  const read = [...source.slice(source.indexOf('EnvSchema'), source.indexOf('export interface Config')).matchAll(/^ {2}([A-Z_]+):/gm)].map(
    (m) => m[1],
  );
  assert.ok(read.length >= 10);
  assert.deepEqual(Object.keys(env).sort(), [...read].sort());
  const config = loadConfig(env);
  assert.equal(config.port, 8080);
  assert.equal(config.database.kind, 'sqlite');
});
