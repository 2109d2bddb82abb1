// The map's pure geometry: which places reach the map, the box it fits, the keyboard order of markers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeRecords } from '@npt/testing/real-data';
import { boundsOf, placesKey, readingOrder, roundBBox, toFeatureCollection } from '../src/map/geo.js';
import { hasCoordinates, type MapPlace } from '../src/map/support.js';

const p = (id: string, lat: number, lon: number): MapPlace => ({ id, name: `Lieu ${id}`, address: `${id} rue de Paris`, lat, lon });

test('toFeatureCollection keeps places with usable coordinates and counts the others', () => {
  const { data, skipped } = toFeatureCollection([
    p('a', 48.86, 2.44),
    p('b', Number.NaN, 2.4),
    p('c', 0, 0),
    p('d', 91, 2),
    p('a', 48.9, 2.3), // repeated id
    p('e', 48.84, 2.43),
  ]);
  assert.equal(skipped, 4);
  assert.deepEqual(
    data.features.map((f) => f.properties.id),
    ['a', 'e'],
  );
  assert.deepEqual(data.features[0]!.geometry.coordinates, [2.44, 48.86]); // GeoJSON is lon, lat
  assert.deepEqual(data.features[0]!.properties, { id: 'a', name: 'Lieu a', address: 'a rue de Paris' });
});

test('boundsOf is the box of the usable places, null without any', () => {
  assert.deepEqual(boundsOf([p('a', 48.86, 2.44), p('b', 48.93, 2.35), p('c', Number.NaN, 9)]), [2.35, 48.86, 2.44, 48.93]);
  assert.equal(boundsOf([]), null);
  assert.equal(boundsOf([p('z', 0, 0)]), null);
});

test('roundBBox rounds to 6 decimals', () => {
  assert.deepEqual(roundBBox([2.123456789, 48.1, -0.0000004, 1.9999996]), [2.123457, 48.1, -0, 2]);
});

test('placesKey changes with the result set, not with a copy of it', () => {
  const a = [p('a', 48.86, 2.44), p('b', 48.93, 2.35)];
  assert.equal(placesKey(a), placesKey(a.map((x) => ({ ...x }))));
  assert.notEqual(placesKey(a), placesKey([a[1]!, a[0]!]));
  assert.notEqual(placesKey(a), placesKey([a[0]!]));
  assert.notEqual(placesKey(a), placesKey([a[0]!, { ...a[1]!, lat: 48.94 }]));
});

test('readingOrder goes by rows from the top, then left to right', () => {
  const order = readingOrder([
    { k: 'bottom-left', x: 10, y: 300 },
    { k: 'top-right', x: 500, y: 12 },
    { k: 'top-left', x: 20, y: 30 }, // same 48 px row as top-right
    { k: 'middle', x: 250, y: 150 },
  ]).map((m) => m.k);
  assert.deepEqual(order, ['top-left', 'top-right', 'middle', 'bottom-left']);
});

test('every Île-de-France record with coordinates reaches the map; the others are counted', () => {
  const records = placeRecords('idf-conseillers-numeriques-2022-08') as Record<string, unknown>[];
  const places: MapPlace[] = records.map((r, i) => ({
    id: typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : String(i),
    name: typeof r.nom === 'string' ? r.nom : '',
    address: typeof r.adresse === 'string' ? r.adresse : '',
    lat: Number(r.latitude),
    lon: Number(r.longitude),
  }));
  const withCoordinates = places.filter(hasCoordinates);
  const ids = new Set(withCoordinates.map((x) => x.id));
  const { data, skipped } = toFeatureCollection(places);
  assert.equal(data.features.length, ids.size);
  assert.equal(data.features.length + skipped, records.length);
  const box = boundsOf(places)!;
  // Île-de-France lies within these bounds.
  assert.ok(box[0] > 1.4 && box[2] < 3.6 && box[1] > 48.1 && box[3] < 49.3, `bbox ${box.join(',')}`);
});
