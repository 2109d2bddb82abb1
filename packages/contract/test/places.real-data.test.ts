// The place normaliser against the three real exports (npm run test:real-data): what each file gives,
// and the normaliser's tests of places.node.test.ts again, its round trip running on the real exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLACE_ENUMS, normalisePlaces } from '@npt/contract';
import { REAL_PLACE_FILES, readRealPlaces as readPlaces, useRealData } from '@npt/testing/real-data';

const FILES = REAL_PLACE_FILES;

test('real files: counts accepted and rejected per file, every record accounted for', () => {
  const rows: string[] = [];
  const expected = {
    // 241 records, 7 repeat an earlier record's name, address and postal code (one CNFS advisor per record).
    'idf-conseillers-numeriques-2022-08': { accepted: 234, rejected: 7 },
    'paca-hub-du-sud-v1': { accepted: 646, rejected: 0 },
    'charente-v1': { accepted: 181, rejected: 7 },
  };
  for (const name of FILES) {
    const records = readPlaces(name);
    const r = normalisePlaces(records, { source: name });
    rows.push(
      `${name}: ${records.length} records, ${r.accepted} accepted, ${r.rejected} rejected (${[...new Set(r.reasons.map((x) => x.reason))].join(', ') || 'none'})`,
    );
    assert.equal(r.accepted + r.rejected, records.length);
    assert.equal(r.places.length, r.accepted);
    assert.equal(r.reasons.length, r.rejected);
    assert.deepEqual({ accepted: r.accepted, rejected: r.rejected }, expected[name]);
    assert.equal(new Set(r.places.map((p) => p.id)).size, r.places.length, 'ids are unique');
    for (const p of r.places) {
      assert.ok(p.nom);
      assert.equal(p.latitude === undefined, p.longitude === undefined);
      if (p.telephone) assert.match(p.telephone, /^\+33[1-9]\d{8}$/);
      for (const field of Object.keys(PLACE_ENUMS) as Array<keyof typeof PLACE_ENUMS>) {
        for (const v of p[field]) assert.ok((PLACE_ENUMS[field] as readonly string[]).includes(v), `${field}: ${v}`);
      }
    }
  }
  console.log(rows.join('\n'));
});

test('real files: the 2022 Île-de-France export maps its free-text services and labels to v1 values', () => {
  const { places } = normalisePlaces(readPlaces('idf-conseillers-numeriques-2022-08'));
  const first = places.find((p) => p.id === '626809503a929e0790b16cf7')!;
  assert.deepEqual(first.services, ['Maîtrise des outils numériques du quotidien', 'Compréhension du monde numérique']);
  assert.deepEqual(first.dispositif_programmes_nationaux, ['Conseillers numériques']);
  assert.deepEqual(first.frais_a_charge, ['Gratuit']);
  assert.equal(first.commune, 'Paris'); // "PARIS 10"
  assert.equal(first.code_insee, '75056');
  assert.ok(places.some((p) => p.dispositif_programmes_nationaux.includes('France Services')));
});

test("real files: the Île-de-France file restricted to one commune gives that commune's places", () => {
  const { places } = normalisePlaces(readPlaces('idf-conseillers-numeriques-2022-08'));
  const montreuil = places.filter((p) => p.code_insee === '93048');
  assert.ok(montreuil.length > 0);
  for (const p of montreuil) assert.equal(p.code_postal, '93100');
  // Every record with a Montreuil postal code is found, whatever the spelling of its commune.
  const raw = readPlaces('idf-conseillers-numeriques-2022-08') as Array<Record<string, string>>;
  assert.equal(montreuil.length, new Set(raw.filter((r) => r.code_postal === '93100').map((r) => `${r.nom}|${r.adresse}`)).size);
});

useRealData();
await import('./places.node.test.js');
