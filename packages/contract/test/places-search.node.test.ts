// Search over place exports (the project's samples; the real exports in places-search.real-data.test.ts):
// distance order, radius, commune, bounding box, each filter and its faceted count, open now / on
// Saturday, checked against a brute-force reading of the same places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeRecords, type RealPlaceFile } from '@npt/testing/real-data';
import {
  FILTER_FIELDS,
  PLACE_ENUMS,
  PlaceIndex,
  distanceKm,
  fold,
  isOpenAt,
  normalisePlaces,
  parseOpeningHours,
  type Place,
  type PlaceQuery,
  weekSchedule,
} from '../src/index.js';

const load = (name: RealPlaceFile): Place[] => normalisePlaces(placeRecords(name)).places;
const idf = load('idf-conseillers-numeriques-2022-08');
const paca = load('paca-hub-du-sud-v1');
const idfIndex = new PlaceIndex(idf);
const MONTREUIL = { lat: 48.8638, lon: 2.4485 };
const ids = (index: PlaceIndex, q: PlaceQuery) => [...index.search(q).order].map((i) => index.places[i]!.id);

test('without a point: every place, by commune then name', () => {
  const r = idfIndex.search();
  assert.equal(r.order.length, idf.length);
  // Case and accents aside: "Écouen" sorts with the E, "ASSOCIATION" with "Association".
  const key = (p: Place) => [fold(p.commune), fold(p.nom)];
  for (let k = 1; k < r.order.length; k++) {
    const [ca, na] = key(idf[r.order[k - 1]!]!);
    const [cb, nb] = key(idf[r.order[k]!]!);
    assert.ok(ca! < cb! || (ca === cb && na! <= nb!), `${ca} ${na} / ${cb} ${nb}`);
  }
  assert.equal(idf[r.order[0]!]!.commune < idf[r.order[r.order.length - 1]!]!.commune, true);
});

test('from a point: sorted by distance, distances right, radius respected', () => {
  const r = idfIndex.search({ point: MONTREUIL });
  assert.equal(r.order.length, idf.length);
  let last = -1;
  for (const i of r.order) {
    const p = idf[i]!;
    if (p.latitude === undefined) continue; // listed last: see the next test
    const d = r.distances[i]!;
    assert.ok(Math.abs(d - distanceKm(MONTREUIL, { lat: p.latitude!, lon: p.longitude! })) < 1e-9);
    assert.ok(d >= last - 0.001, 'ascending (to the metre)');
    last = d;
  }
  const within = idfIndex.search({ point: MONTREUIL, radiusKm: 5 });
  const expected = idf.filter((p) => distanceKm(MONTREUIL, { lat: p.latitude!, lon: p.longitude! }) <= 5).length;
  assert.equal(within.order.length, expected);
  assert.ok(expected > 5 && expected < idf.length);
  // Paris (from the Porte de Montreuil) is about 6 km from the centre of Montreuil: sanity of the unit.
  assert.ok(Math.abs(distanceKm(MONTREUIL, { lat: 48.8566, lon: 2.3522 }) - 7.1) < 0.2);
});

test('places without coordinates come last, and stay listed in their commune', () => {
  const index = new PlaceIndex(paca);
  const missing = paca.filter((p) => p.latitude === undefined);
  assert.ok(missing.length > 0);
  const r = index.search({ point: { lat: 43.2965, lon: 5.3698 } });
  assert.equal(r.order.length, paca.length);
  const tail = [...r.order].slice(-missing.length).map((i) => paca[i]!.id);
  assert.deepEqual(new Set(tail), new Set(missing.map((p) => p.id)));
  const lost = missing[0]!;
  const key = lost.code_insee ?? lost.commune;
  const inCommune = ids(index, { point: index.communeCentre(key) ?? { lat: 43.3, lon: 5.4 }, radiusKm: 1, commune: key });
  assert.ok(inCommune.includes(lost.id), 'a commune search keeps its places without coordinates');
  assert.ok(!ids(index, { point: { lat: 48, lon: 2 }, radiusKm: 10 }).includes(lost.id));
});

test("commune: the Île-de-France file restricted to one commune gives that commune's places", () => {
  const r = ids(idfIndex, { commune: '93048' });
  assert.deepEqual(new Set(r), new Set(idf.filter((p) => p.code_insee === '93048').map((p) => p.id)));
  assert.ok(r.length >= 1);
  const centre = idfIndex.communeCentre('93048')!;
  assert.ok(distanceKm(centre, MONTREUIL) < 3);
});

test('bounding box', () => {
  const box: [number, number, number, number] = [2.25, 48.8, 2.42, 48.9];
  const r = ids(idfIndex, { bbox: box });
  const expected = idf.filter((p) => p.longitude! >= 2.25 && p.longitude! <= 2.42 && p.latitude! >= 48.8 && p.latitude! <= 48.9);
  assert.deepEqual(new Set(r), new Set(expected.map((p) => p.id)));
});

test('each filter, OR within a field, AND across fields, and faceted counts agree with brute force', () => {
  const places = [...idf, ...paca, ...load('charente-v1')];
  const index = new PlaceIndex(places);
  const matches = (p: Place, filters: PlaceQuery['filters']) =>
    FILTER_FIELDS.every((f) => !filters?.[f]?.length || filters[f]!.some((v) => p[f].includes(v)));
  const selections: Array<PlaceQuery['filters']> = [
    {},
    { services: ['Aide aux démarches administratives'] },
    { services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'] },
    { services: ['Maîtrise des outils numériques du quotidien'], dispositif_programmes_nationaux: ['France Services'] },
    { frais_a_charge: ['Payant'] },
    { modalites_accompagnement: ['Dans un atelier collectif'], publics_specifiquement_adresses: ['Jeunes'] },
    { prise_en_charge_specifique: ['Surdité'] },
  ];
  for (const filters of selections) {
    const r = index.search({ filters });
    const expected = places.filter((p) => matches(p, filters));
    assert.equal(r.order.length, expected.length, JSON.stringify(filters));
    for (const field of FILTER_FIELDS) {
      for (const value of PLACE_ENUMS[field]) {
        const others = { ...filters, [field]: [value] };
        const count = places.filter((p) => matches(p, others)).length;
        assert.equal(r.counts[field][value], count, `${JSON.stringify(filters)} → ${field}=${value}`);
      }
    }
  }
  // Every filter field selects something in these files (none of them fills prise_en_charge_specifique:
  // the synthetic selection above checks it finds nothing and counts nothing).
  for (const field of FILTER_FIELDS.filter((f) => f !== 'prise_en_charge_specifique')) {
    assert.ok(
      PLACE_ENUMS[field].some((v) => index.search({ filters: { [field]: [v] } }).order.length > 0),
      field,
    );
  }
});

test('open now and open on Saturday agree with the hours of each place, holidays included', () => {
  const places = [...idf, ...paca];
  const index = new PlaceIndex(places);
  const instants = [
    new Date(2025, 2, 4, 10, 30), // Tuesday morning
    new Date(2025, 2, 4, 12, 45), // Tuesday lunchtime
    new Date(2025, 2, 8, 10, 0), // Saturday
    new Date(2025, 4, 1, 10, 0), // 1 May, a public holiday (a Thursday)
    new Date(2025, 4, 2, 0, 30), // the night after
  ];
  for (const now of instants) {
    const r = index.search({ openNow: true, now });
    const expected = places.filter((p) => {
      const oh = parseOpeningHours(p.horaires);
      return !!oh && isOpenAt(oh, now);
    });
    assert.equal(r.order.length, expected.length, now.toString());
    assert.equal(index.search({ now }).counts.openNow, expected.length);
  }
  const sat = index.search({ openSaturday: true });
  const saturdays = places.filter((p) => {
    const oh = parseOpeningHours(p.horaires);
    return !!oh && weekSchedule(oh)[5]!.ranges.length > 0;
  });
  assert.ok(saturdays.length > 0);
  assert.deepEqual(new Set([...sat.order].map((i) => index.places[i]!.id)), new Set(saturdays.map((p) => p.id)));
  const combined = index.search({ openSaturday: true, filters: { services: ['Aide aux démarches administratives'] } });
  for (const i of combined.order) assert.ok(index.places[i]!.services.includes('Aide aux démarches administratives'));
  assert.ok(combined.order.length <= sat.order.length);
});
