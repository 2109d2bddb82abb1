import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AntispamController } from '../src/form/antispam.js';

const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };

test('the fill time runs from the form’s display to the first submit, and stays the same for retries', () => {
  let now = 1000;
  const a = new AntispamController(host, () => now);
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
  const a = new AntispamController(host, () => 5000);
  assert.deepEqual(a.fields(), { fillMs: 0 });
});
