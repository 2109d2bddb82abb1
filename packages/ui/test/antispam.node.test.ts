import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AntispamController } from '../src/form/antispam.js';
import { DraftStore } from '../src/form/draft-store.js';

const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };

test('the fill time runs from the form’s display to the first submit, and stays the same for retries', () => {
  let now = 1000;
  const a = new AntispamController(host, { now: () => now });
  now = 2000;
  a.start();
  now = 9500;
  assert.deepEqual(a.fields(), { fillMs: 7500 });
  now = 20_000;
  assert.deepEqual(a.fields(), { fillMs: 7500 }, 'a retry sends the same body');
  a.start();
  assert.deepEqual(a.fields(), { fillMs: 7500 }, 'start() again does not reset a running form');
  a.restart();
  now = 24_000;
  assert.deepEqual(a.fields(), { fillMs: 4000 }, 'a new submission measures again');
});

test('fields() before start() measures from that call (0 ms: a machine)', () => {
  const a = new AntispamController(host, { now: () => 5000 });
  assert.deepEqual(a.fields(), { fillMs: 0 });
});

function page() {
  const m = new Map<string, string>();
  const storage = {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
  return { m, store: () => new DraftStore<unknown>({ form: 'participation', version: 1, page: 'https://ville.fr/candidater', storage }) };
}

test('kept with a draft, a reload neither restarts the clock nor measures again: a retry sends the same body', () => {
  const p = page();
  let now = 1000;
  const draft = { key: 'key-1', store: p.store() };
  new AntispamController(host, { now: () => now, draft }).start();
  // Reload: a new controller over the same storage, 40 s later.
  now = 41_000;
  const reloaded = new AntispamController(host, { now: () => now, draft: { key: 'key-1', store: p.store() } });
  reloaded.start();
  now = 61_000;
  assert.deepEqual(reloaded.fields(), { fillMs: 60_000 }, 'measured from the first display, before the reload');
  // The answer is lost, the person reloads and retries later under the same key.
  now = 300_000;
  const retry = new AntispamController(host, { now: () => now, draft: { key: 'key-1', store: p.store() } });
  retry.start();
  assert.deepEqual(retry.fields(), { fillMs: 60_000 }, 'the same fill time as the first attempt');
});

test('kept with a draft: a renewed key measures again, restart() starts a new clock', () => {
  const p = page();
  let now = 0;
  const draft = { key: 'a', store: p.store() };
  const a = new AntispamController(host, { now: () => now, draft });
  a.start();
  now = 10_000;
  assert.deepEqual(a.fields(), { fillMs: 10_000 });
  draft.key = 'b';
  now = 15_000;
  assert.deepEqual(a.fields(), { fillMs: 15_000 }, 'other values under a new key: measured now');
  a.restart();
  now = 19_000;
  assert.deepEqual(a.fields(), { fillMs: 4000 });
  assert.equal(p.m.size, 1, 'one entry beside the draft');
  assert.match([...p.m.keys()][0]!, /participation:antispam/);
});
