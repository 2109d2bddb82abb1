// MGP_COMMUNES (generated from @etalab/decoupage-administratif at install) against the official list
// of the Métropole's communes, as extracted in the real-data folder (npm run test:real-data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MGP_COMMUNES } from '@npt/contract';
import { readRealJson } from '@npt/testing/real-data';

test('MGP_COMMUNES is the official list of the Métropole, commune for commune', () => {
  assert.deepEqual(MGP_COMMUNES, readRealJson('communes/communes-mgp-2026.json'));
});
