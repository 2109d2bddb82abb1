// The import and the API on the real exports (npm run test:real-data): the place tests of
// places.node.test.ts on the three real files, and the standard's own example CSV.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { realDataPath, useRealData } from '@npt/testing/real-data';
import { DIALECTS, json, testApp, type TestApp } from './helpers.js';
import { importPlaces } from '../src/services/import.js';

for (const dialect of DIALECTS) {
  describe(`the standard's example CSV (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(dialect);
    });
    after(() => t.close());

    test('imports its valid example row', async () => {
      const csv = await importPlaces(t.db, realDataPath('schema/exemple-valide.csv'));
      assert.deepEqual([csv.records, csv.accepted, csv.rejected], [1, 1, 0]);
      const place = json((await t.app.inject({ url: '/v1/places/structure-1' })).body);
      assert.equal(place.nom, 'Anonymal');
      assert.equal(
        place.services,
        'Maîtrise des outils numériques du quotidien|Insertion professionnelle via le numérique|Loisirs et créations numériques',
      );
    });
  });
}

useRealData();
await import('./places.node.test.js');
