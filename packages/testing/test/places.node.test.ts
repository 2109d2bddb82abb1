// The samples the tests share: their pinned figures, and the defects of real exports they must carry
// for the tests that read them to mean anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePlaces } from '@npt/contract';
import { SAMPLE_FIGURES, SERVICE_NOT_OFFERED, samplePlaceRecords, validApplication, type SampleName } from '@npt/testing';
import { ParticipationRequestSchema } from '@npt/contract';

for (const name of Object.keys(SAMPLE_FIGURES) as SampleName[]) {
  test(`sample "${name}": pinned figures and the defects of real exports`, () => {
    const records = samplePlaceRecords(name);
    const r = normalisePlaces(records);
    assert.deepEqual({ records: records.length, accepted: r.accepted, rejected: r.rejected }, SAMPLE_FIGURES[name]);
    for (const { reason } of r.reasons) assert.ok(['duplicate', 'missing-name'].includes(reason), reason);
    const has = (what: string, ok: (x: Record<string, string>) => boolean) => assert.ok(records.some(ok), what);
    has('no coordinates', (x) => x.latitude === '');
    has('several records on one point', (x) =>
      records.some((y) => y !== x && y.latitude !== '' && y.latitude === x.latitude && y.longitude === x.longitude),
    );
    has('no pivot', (x) => x.pivot === '');
    has('placeholder or suffixed pivot', (x) => x.pivot === '00000000000000' || x.pivot!.includes('/APE:'));
    has('malformed phone', (x) => !/^\+33[1-9]\d{8}$/.test(x.telephone!));
    has('upper-case commune', (x) => x.commune === x.commune!.toUpperCase());
    has('no INSEE code', (x) => x.code_insee === '');
    has('opening hours that do not parse', (x) => /h|^$|18:00-18:00/.test(x.horaires!));
    assert.ok(
      r.places.some((p) => p.unread?.telephone || p.unread?.services),
      'values kept raw',
    );
    if (name === 'metropole') assert.deepEqual(new Set(r.reasons.map((x) => x.reason)), new Set(['duplicate', 'missing-name']));
    // A second call gives the same records, and a copy: a test cannot spoil another's sample.
    records[0]!.nom = 'changed';
    assert.notEqual(samplePlaceRecords(name)[0]!.nom, 'changed');
  });
}

test('no place of the "metropole" sample offers SERVICE_NOT_OFFERED', () => {
  const { places } = normalisePlaces(samplePlaceRecords('metropole'));
  assert.equal(places.filter((p) => p.services.includes(SERVICE_NOT_OFFERED)).length, 0);
  assert.ok(normalisePlaces(samplePlaceRecords('network')).places.some((p) => p.services.includes(SERVICE_NOT_OFFERED)));
});

test('validApplication is what the contract accepts', () => {
  const r = ParticipationRequestSchema.safeParse(validApplication());
  assert.ok(r.success, JSON.stringify(r.error?.issues));
  assert.equal(validApplication({ communeCode: '93048' }).communeCode, '93048');
});
