import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MGP_COMMUNES, normalisePlaces } from '@npt/contract';
import { SAMPLE_FIGURES, samplePlaceRecords } from '@npt/testing';
import { isRealData, placeFile, SAMPLE_FOR } from '@npt/testing/real-data';
import { DIALECTS, json, openSameDatabase, testApp, type TestApp } from './helpers.js';
import { formatReport, importPlaces, importRecords, parseRecords } from '../src/services/import.js';
import { generateDemoRecords } from '../src/demo/places.js';
import { upsertPlaces } from '../src/services/places.js';

type Record = { [key: string]: string | number };
const AIDE = 'Aide aux démarches administratives';
const PARENT = 'Parentalité et éducation avec le numérique';

for (const dialect of DIALECTS) {
  describe(`places (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(dialect);
    });
    after(() => t.close());
    const get = async (url: string) => {
      const r = await t.app.inject({ url });
      return { status: r.statusCode, headers: r.headers, body: r.body ? json(r.body) : undefined };
    };

    // Accepted and rejected counts of the real exports (read in place) in the real-data suite
    // (places.real-data.test.ts), else of the samples standing for them.
    const REAL = [
      { name: 'idf-conseillers-numeriques-2022-08', records: 241, accepted: 234, rejected: 7 },
      { name: 'charente-v1', records: 188, accepted: 181, rejected: 7 },
      { name: 'paca-hub-du-sud-v1', records: 646, accepted: 646, rejected: 0 },
    ] as const;
    const EXPORTS = isRealData() ? REAL : REAL.map(({ name }) => ({ name, ...SAMPLE_FIGURES[SAMPLE_FOR[name]] }));
    for (const { name, records, accepted, rejected } of EXPORTS) {
      const file = `${name}.json`;
      test(`imports ${file}: ${accepted} accepted, ${rejected} rejected, each with a reason`, async () => {
        const path = placeFile(name);
        const report = await importPlaces(t.db, path, { source: file });
        assert.equal(report.records, records);
        assert.equal(report.accepted, accepted);
        assert.equal(report.rejected, rejected);
        assert.equal(report.reasons.length, rejected);
        const printed = formatReport(file, report);
        assert.match(printed, new RegExp(`${accepted} accepted .* ${rejected} rejected`));
        assert.equal(printed.split('\n').filter((l) => l.startsWith('  rejected #')).length, rejected);
        // Importing again updates in place: same ids, nothing new, nothing lost.
        const again = await importPlaces(t.db, path, { source: file });
        assert.equal(again.inserted, 0);
        assert.equal(again.updated, accepted);
      });
    }

    test('all imports are in the database and served as v1.0.2 records', async () => {
      const all = await get('/v1/places?limit=0');
      assert.equal(
        all.body.total,
        EXPORTS.reduce((n, e) => n + e.accepted, 0),
      );
      // A record of "PARIS 10" (an arrondissement) is served normalised: official commune name, code INSEE, v1 field names.
      const paris10 = isRealData()
        ? { id: '626809503a929e0790b16cf7', source: 'conseiller-numerique' } // a 2022 record
        : samplePlaceRecords(SAMPLE_FOR[REAL[0].name]).find((r) => /^PARIS \d+$/.test(r.commune!) && r.latitude && r.nom)!;
      const paris = await get(`/v1/places/${paris10.id}`);
      assert.equal(paris.status, 200);
      assert.equal(paris.body.commune, 'Paris');
      assert.equal(paris.body.code_insee, '75056');
      assert.equal(typeof paris.body.latitude, 'number');
      assert.equal(paris.body.source, paris10.source, 'the record keeps its own source');
      // What the API serves reads back through the normaliser unchanged (the finder reads it that way).
      const page = await get('/v1/places?limit=200&offset=100');
      const back = normalisePlaces(page.body.items);
      assert.equal(back.accepted, 200);
    });

    test('imports a CSV of the standard and a JSON page from an http URL', async () => {
      // The standard's own example CSV: places.real-data.test.ts. Here, a sample record written as CSV.
      const record = samplePlaceRecords('small')[0]!;
      const csvFile = join(mkdtempSync(join(tmpdir(), 'npt-csv-')), 'lieux.csv');
      const cell = (v: string) => `"${v.replaceAll('"', '""')}"`;
      writeFileSync(csvFile, `${Object.keys(record).map(cell).join(',')}\n${Object.values(record).map(cell).join(',')}\n`);
      const csv = await importPlaces(t.db, csvFile);
      rmSync(dirname(csvFile), { recursive: true });
      assert.deepEqual([csv.records, csv.accepted, csv.rejected], [1, 1, 0]);
      const place = await get(`/v1/places/${record.id}`);
      assert.equal(place.body.nom, record.nom);
      assert.equal(place.body.services, record.services);

      const records = generateDemoRecords(30, 7);
      const server = createServer((_req, res) => res.end(JSON.stringify({ items: records })));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lieux.json`;
        const report = await importPlaces(t.db, url, { source: 'demo-url' });
        assert.equal(report.records, 30);
        assert.equal(report.accepted + report.rejected, 30);
        assert.ok(report.accepted >= 25);
      } finally {
        server.close();
      }
      await assert.rejects(importPlaces(t.db, '/nonexistent/file.json'), /Cannot read/);
      assert.throws(() => parseRecords('{"nothing": 1}'), /without an array/);
      assert.throws(() => parseRecords('[{"nom": "x"'), /Not valid JSON/);
    });

    test('a write from another process (the import CLI) is served within a second', async () => {
      const before = json((await t.app.inject({ url: '/v1/places?communes=94080&limit=0' })).body).total;
      const other = await openSameDatabase(t.db);
      try {
        const { places } = normalisePlaces([
          { id: 'cli-1', nom: 'Lieu importé ailleurs', commune: 'Vincennes', code_postal: '94300', adresse: '1 rue X' },
        ]);
        await upsertPlaces(other, places);
        await new Promise((r) => setTimeout(r, 1100));
        const after = json((await t.app.inject({ url: '/v1/places?communes=94080&limit=0' })).body).total;
        assert.equal(after, before + 1);
      } finally {
        await other.destroy();
      }
    });

    test('--prune deletes the places of the same source that a complete re-import no longer lists', async () => {
      const records = generateDemoRecords(40, 21);
      const first = await importRecords(t.db, records, { source: 'prune-test' });
      const total = async () => json((await t.app.inject({ url: '/v1/places?limit=0' })).body).total as number;
      const before = await total();
      const kept = records.slice(10);
      const second = await importRecords(t.db, kept, { source: 'prune-test', prune: true });
      const dropped = first.accepted - second.accepted;
      assert.ok(dropped > 5);
      assert.equal(second.deleted, dropped);
      assert.equal(await total(), before - dropped, 'other sources untouched');
      assert.match(formatReport('x', second), new RegExp(`${dropped} no longer listed deleted`));
      const empty = await importRecords(t.db, [], { source: 'prune-test', prune: true });
      assert.equal(empty.deleted, 0, 'an empty dataset never empties the database');
      await assert.rejects(importRecords(t.db, kept, { prune: true }), /--prune needs --source/);
    });

    test('dirty records are skipped and counted, never fatal', async () => {
      const report = await importRecords(t.db, [
        null,
        42,
        'text',
        { nom: '' },
        { nom: 'Sans lieu' },
        { id: 'ok-1', nom: 'Lieu', commune: 'Vincennes', code_postal: '94300' },
      ]);
      assert.equal(report.accepted, 1);
      assert.equal(report.rejected, 5);
      assert.deepEqual(
        report.reasons.map((r) => r.reason),
        ['not-an-object', 'not-an-object', 'not-an-object', 'missing-name', 'missing-location'],
      );
    });
  });

  describe(`place queries (${dialect})`, () => {
    let t: TestApp;
    let all: Record[];
    before(async () => {
      t = await testApp(dialect);
      const { places } = normalisePlaces(generateDemoRecords(400, 11), { source: 'demo' });
      await upsertPlaces(t.db, places);
      all = (json((await t.app.inject({ url: '/v1/places?limit=1000' })).body) as { items: Record[] }).items;
      assert.equal(all.length, places.length);
    });
    after(() => t.close());
    const get = async (url: string) => {
      const r = await t.app.inject({ url });
      return { status: r.statusCode, headers: r.headers, body: r.body ? json(r.body) : undefined, raw: r.body };
    };
    const ids = (items: Record[]) => items.map((p) => p.id).sort();
    const has = (p: Record, field: string, value: string) =>
      String(p[field] ?? '')
        .split('|')
        .includes(value);

    test('filters by commune codes', async () => {
      const r = await get('/v1/places?communes=93066,92012&limit=1000');
      const expected = all.filter((p) => p.code_insee === '93066' || p.code_insee === '92012');
      assert.ok(expected.length > 5);
      assert.equal(r.body.total, expected.length);
      assert.deepEqual(ids(r.body.items), ids(expected));
    });

    test('a territory may list every commune of the Métropole', async () => {
      const codes = MGP_COMMUNES.map((c) => c.code).join(',');
      const r = await get(`/v1/places?communes=${codes}&limit=0`);
      assert.equal(r.status, 200);
      assert.equal(r.body.total, all.filter((p) => MGP_COMMUNES.some((c) => c.code === p.code_insee)).length);
    });

    test('filters by bounding box (places without coordinates never match)', async () => {
      const box = [2.42, 48.84, 2.46, 48.87]; // Vincennes and part of Montreuil
      const r = await get(`/v1/places?bbox=${box.join(',')}&limit=1000`);
      const inside = all.filter(
        (p) =>
          typeof p.latitude === 'number' &&
          (p.longitude as number) >= box[0]! &&
          (p.longitude as number) <= box[2]! &&
          (p.latitude as number) >= box[1]! &&
          (p.latitude as number) <= box[3]!,
      );
      assert.ok(inside.length > 3);
      assert.deepEqual(ids(r.body.items), ids(inside));
    });

    test('multi-valued filters: any of the values within a field, all fields together', async () => {
      const one = await get(`/v1/places?services=${encodeURIComponent(AIDE)}&limit=1000`);
      assert.deepEqual(ids(one.body.items), ids(all.filter((p) => has(p, 'services', AIDE))));
      const either = await get(`/v1/places?services=${encodeURIComponent(`${AIDE},${PARENT}`)}&limit=1000`);
      assert.deepEqual(ids(either.body.items), ids(all.filter((p) => has(p, 'services', AIDE) || has(p, 'services', PARENT))));
      // The parameter may also be repeated.
      const repeated = await get(`/v1/places?services=${encodeURIComponent(AIDE)}&services=${encodeURIComponent(PARENT)}&limit=1000`);
      assert.equal(repeated.body.total, either.body.total);
      const combined = await get(`/v1/places?services=${encodeURIComponent(AIDE)}&frais_a_charge=Gratuit&communes=75056&limit=1000`);
      const expected = all.filter((p) => has(p, 'services', AIDE) && has(p, 'frais_a_charge', 'Gratuit') && p.code_insee === '75056');
      assert.ok(expected.length > 0);
      assert.deepEqual(ids(combined.body.items), ids(expected));
    });

    test('paginates in name order with total, limit and offset', async () => {
      const first = await get('/v1/places?limit=10&offset=0');
      const second = await get('/v1/places?limit=10&offset=10');
      assert.equal(first.body.total, all.length);
      assert.deepEqual([first.body.limit, first.body.offset, second.body.offset], [10, 0, 10]);
      assert.deepEqual(
        [...first.body.items, ...second.body.items].map((p: Record) => p.id),
        all.slice(0, 20).map((p) => p.id),
      );
      const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
      const order = all.map((p) => `${p.nom}\u0000${p.id}`);
      const sorted = [...all].sort((a, b) => collator.compare(String(a.nom), String(b.nom)) || (a.id < b.id ? -1 : 1));
      assert.deepEqual(
        order,
        sorted.map((p) => `${p.nom}\u0000${p.id}`),
        'French name order, then id',
      );
      assert.equal((await get('/v1/places')).body.limit, 50, 'default limit');
    });

    test('ETag and Cache-Control; a matching If-None-Match is a 304 without a body', async () => {
      const r = await get('/v1/places?communes=93048');
      assert.match(String(r.headers.etag), /^"[\w-]+"$/);
      assert.match(String(r.headers['cache-control']), /public, max-age=\d+/);
      const again = await t.app.inject({ url: '/v1/places?communes=93048', headers: { 'if-none-match': String(r.headers.etag) } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const other = await t.app.inject({ url: '/v1/places?communes=93066', headers: { 'if-none-match': String(r.headers.etag) } });
      assert.equal(other.statusCode, 200);
    });

    test('one place by id; unknown id is a 404 problem', async () => {
      const p = all[5]!;
      const r = await get(`/v1/places/${encodeURIComponent(String(p.id))}`);
      assert.deepEqual(r.body, p);
      assert.ok(r.headers.etag);
      const missing = await get('/v1/places/nope');
      assert.equal(missing.status, 404);
      assert.match(String(missing.headers['content-type']), /^application\/problem\+json/);
    });

    test('strict query: unknown parameters, unknown enumerated values and bad boxes are 400s', async () => {
      for (const q of [
        'foo=1',
        'services=Cuisine',
        'communes=Montreuil',
        'bbox=1,2,3',
        'bbox=2.5,48.9,2.3,48.8',
        'limit=1001',
        'offset=-1',
        'limit=abc',
      ]) {
        const r = await get(`/v1/places?${q}`);
        assert.equal(r.status, 400, q);
        assert.equal(r.body.type, 'urn:npt:problem:validation', q);
        assert.ok(r.body.errors.length > 0, q);
      }
      const unknown = await get('/v1/places?foo=1&bar=2');
      assert.deepEqual(
        unknown.body.errors.map((e: { path: string }) => e.path),
        ['querystring.foo', 'querystring.bar'],
      );
    });
  });
}
