// A property-based fuzzer over the whole API, on SQLite and on PostgreSQL (when DATABASE_URL is set). It
// reads the served OpenAPI document, generates requests from its JSON Schemas (valid ones, and mutated:
// wrong types, missing and extra keys, huge and odd strings, boundary numbers, odd headers), sends them
// over HTTP to a running server and checks: never a 500; every answer has a status and a body the
// document declares for the operation; a replay with the same Idempotency-Key gets the same answer; the
// database is consistent afterwards (no session over capacity, no orphan rows).
//
// Reproduce a run with the seed it prints: FUZZ_SEED=<seed> (and FUZZ_RUNS=<runs> to send more).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc, { type Arbitrary } from 'fast-check';
import { MGP_COMMUNES, PLACE_ENUMS } from '@npt/contract';
import { ADMIN_TOKEN, DIALECTS, testApp, type TestApp } from './helpers.js';
import { DocValidator, operationsOf, responseMedia, servedDocument, type Doc, type DocOperation } from './openapi-support.js';
import { applyMutation, fromSchema, mutation, oddString, type Hints, type Mutation } from './fuzz-arbitraries.js';
import { seedIfEmpty } from '../src/demo/seed.js';
import { createWebinar } from '../src/services/webinars.js';

const SEED = Number(process.env.FUZZ_SEED ?? (Date.now() ^ (Math.random() * 2 ** 31)) >>> 0);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2500);
/** Wall-clock budget of the generated requests per dialect; the checks after them take a second more. */
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 40_000);

/* eslint-disable @typescript-eslint/no-explicit-any -- requests and answers are plain JSON */
interface Plan {
  op: DocOperation;
  path: Record<string, unknown>;
  /** Query string pairs, or a raw query string. */
  query: [string, string][] | string;
  headers: Record<string, string>;
  /** The body: JSON to serialise, or raw text. */
  body?: { json: unknown } | { raw: string };
  mutation?: Mutation;
  /** Send the same request this many times at once. */
  burst: number;
  /** Send it again after the answer (a client retrying). */
  replay: boolean;
}

interface Answer {
  status: number;
  type: string;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A SIRET with a valid Luhn key. */
const siret = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 13, maxLength: 13 }).map((digits) => {
  const sum = (d: number[]) => d.reduceRight((acc, n, i) => acc + ((d.length - i) % 2 === 0 ? (n * 2 > 9 ? n * 2 - 9 : n * 2) : n), 0);
  const key = (10 - (sum([...digits, 0]) % 10)) % 10;
  return [...digits, key].join('');
});

for (const dialect of DIALECTS) {
  describe(`fuzz (${dialect})`, () => {
    let t: TestApp;
    let doc: Doc;
    let validator: DocValidator;
    let base: { host: string; port: number };
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const registrations: { id: string; token: string }[] = [];
    const webinarIds: string[] = [];
    const placeIds: string[] = [];

    before(async () => {
      t = await testApp(dialect);
      await seedIfEmpty(t.db);
      const soon = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
      // A session of two seats (capacity and waiting list under pressure) and one already started (closed).
      await createWebinar(t.db, {
        id: 'fuzz-two-seats',
        title: 'Deux places',
        description: 'Fuzz',
        startsAt: soon(48),
        endsAt: soon(49),
        capacity: 2,
        joinUrl: 'https://visio.example.org/fuzz',
      });
      await createWebinar(t.db, {
        id: 'fuzz-started',
        title: 'Commencé',
        description: 'Fuzz',
        startsAt: soon(-1),
        endsAt: soon(1),
        capacity: 10,
        joinUrl: undefined,
      });
      const webinars = await t.db.selectFrom('webinars').select('id').execute();
      webinarIds.push(...webinars.map((w) => w.id));
      const places = await t.db.selectFrom('places').select('id').limit(20).execute();
      placeIds.push(...places.map((p) => p.id));
      doc = await servedDocument(t.app);
      validator = new DocValidator(doc);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      base = { host: '127.0.0.1', port: (t.app.server.address() as AddressInfo).port };
    });
    after(async () => {
      agent.destroy();
      await t.close();
    });

    const hintsFor = (op: DocOperation): Hints => ({
      id: fc.constantFrom(...(op.path.startsWith('/v1/places') ? placeIds : webinarIds)),
      token: fc.nat().map((i) => registrations[i % Math.max(registrations.length, 1)]?.token ?? 'x'.repeat(24)),
      communeCode: fc.constantFrom(...MGP_COMMUNES.map((c) => c.code)),
      communes: fc
        .uniqueArray(fc.constantFrom(...MGP_COMMUNES.map((c) => c.code)), { minLength: 1, maxLength: 4 })
        .map((codes) => codes.join(',')),
      // A small pool of people, so that sessions fill up and the same person registers twice.
      email: fc.integer({ min: 1, max: 30 }).map((n) => `personne.${n}@example.org`),
      phone: fc.constantFrom('01 49 33 60 00', '+33 6 12 34 56 78', '0612345678', '+33612345678'),
      siret,
      // Mostly a person who took their time and left the honeypot empty: the answers that store something.
      fillMs: fc.integer({ min: 3_000, max: 3_600_000 }),
      website: fc.constant(''),
      limit: fc.integer({ min: 0, max: 20 }),
      offset: fc.integer({ min: 0, max: 300 }),
      bbox: fc
        .tuple(
          fc.double({ min: 2.1, max: 2.6, noNaN: true }),
          fc.double({ min: 48.7, max: 49, noNaN: true }),
          fc.double({ min: 0, max: 0.3, noNaN: true }),
        )
        .map(([lon, lat, d]) => [lon, lat, lon + d, lat + d].map((n) => n.toFixed(4)).join(',')),
      // The place filters take values of the national standard.
      ...Object.fromEntries(
        Object.entries(PLACE_ENUMS).map(([field, values]) => [
          field,
          fc.uniqueArray(fc.constantFrom(...(values as readonly string[])), { minLength: 1, maxLength: 3 }).map((v) => v.join(',')),
        ]),
      ),
    });

    const header = (name: string, value: Arbitrary<string | undefined>) => value.map((v) => (v === undefined ? {} : { [name]: v }));
    // Header values as bytes (UTF-8 read as Latin-1), without the control characters Node refuses to send.
    const sendable = (c: string) => c === '\t' || (c >= ' ' && c !== '\u007f');
    const oddHeaderValue = oddString({ huge: false }).map((s) => [...Buffer.from(s, 'utf8').toString('latin1')].filter(sendable).join(''));

    function planFor(op: DocOperation): Arbitrary<Plan> {
      const hints = hintsFor(op);
      const params: any[] = op.op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path');
      const queryParams = params.filter((p) => p.in === 'query');
      const keyParam = params.find((p) => p.in === 'header' && p.name === 'idempotency-key');
      const pathRecord = fc.record(
        Object.fromEntries(
          pathParams.map((p) => [
            p.name,
            fc.oneof(
              { arbitrary: fromSchema(p.schema, hints, p.name), weight: 8 },
              { arbitrary: oddString({ huge: false }), weight: 1 },
              { arbitrary: fc.constant('x'.repeat(600)), weight: 1 },
            ),
          ]),
        ),
      );
      // A registration's token goes with its own session: the pair the managing link carries.
      const path = pathParams.some((p) => p.name === 'token')
        ? fc.oneof(
            { arbitrary: fc.nat().map((i) => registrations[i % registrations.length] ?? { id: 'x', token: 'x'.repeat(24) }), weight: 2 },
            pathRecord,
          )
        : pathRecord;
      const optionalQuery = queryParams.filter((p) => !p.required);
      // Optional parameters one at a time or two: a query with every filter at once matches nothing.
      const validQuery = fc
        .tuple(
          fc.record(Object.fromEntries(queryParams.filter((p) => p.required).map((p) => [p.name, fromSchema(p.schema, hints, p.name)]))),
          fc
            .subarray(optionalQuery, { maxLength: Math.min(2, optionalQuery.length) })
            .chain((chosen) => fc.record(Object.fromEntries(chosen.map((p) => [p.name, fromSchema(p.schema, hints, p.name)])))),
        )
        .map(([required, optional]) => ({ ...required, ...optional }));
      const query = fc.oneof(
        {
          arbitrary: validQuery.map((q) =>
            Object.entries(q).flatMap(([k, v]) =>
              Array.isArray(v)
                ? v.map((x) => [k, String(x)] as [string, string])
                : [[k, typeof v === 'string' ? v : JSON.stringify(v)] as [string, string]],
            ),
          ),
          weight: 6,
        },
        {
          arbitrary: fc
            .tuple(fc.constantFrom('limit', 'offset', 'bbox', 'communes', 'unknown', 'services', '__proto__'), oddString({ huge: false }))
            .map(([k, v]) => [[k, v]] as [string, string][]),
          weight: 2,
        },
        {
          arbitrary: fc.constantFrom(
            '%zz',
            '%ff%fe',
            'limit=1&limit=2',
            '&&=&',
            'limit=1e3',
            'offset=-1',
            'limit=%00',
            'bbox=1,2,3',
            'bbox=181,0,0,0',
          ),
          weight: 1,
        },
      );
      const bodySchema = op.op.requestBody?.content?.['application/json']?.schema;
      const body: Arbitrary<{ json?: unknown; raw?: string; m?: Mutation } | undefined> = bodySchema
        ? fc.oneof(
            { arbitrary: fromSchema(bodySchema, hints).map((json) => ({ json })), weight: 6 },
            {
              arbitrary: fc.tuple(fromSchema(bodySchema, hints), mutation()).map(([json, m]) => ({ json: applyMutation(json, m), m })),
              weight: 4,
            },
            {
              arbitrary: fc
                .constantFrom('', '{', 'null', '[]', '{"a":1}{', 'NaN', '"\ud800"', '[['.repeat(3000), '{"consent":true,"consent":false}')
                .map((raw) => ({ raw })),
              weight: 1,
            },
          )
        : fc.constant(undefined);
      const contentType = fc.oneof(
        { arbitrary: fc.constant('application/json'), weight: 10 },
        fc.constantFrom(
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
          'APPLICATION/JSON',
          'application/problem+json',
          '',
        ),
      );
      const headers = fc
        .tuple(
          keyParam
            ? header(
                'idempotency-key',
                fc.oneof(
                  { arbitrary: fromSchema(keyParam.schema, hints).map(String), weight: 8 },
                  { arbitrary: fc.constant(undefined), weight: 1 },
                  { arbitrary: oddHeaderValue, weight: 1 },
                  { arbitrary: fc.constant('k'.repeat(300)), weight: 1 },
                ),
              )
            : fc.constant({}),
          header(
            'authorization',
            op.path.startsWith('/v1/admin/')
              ? fc.oneof(
                  { arbitrary: fc.constant(`Bearer ${ADMIN_TOKEN}`), weight: 6 },
                  fc.constantFrom(
                    undefined,
                    'Bearer',
                    `bearer ${ADMIN_TOKEN}`,
                    `Basic ${ADMIN_TOKEN}`,
                    `Bearer ${ADMIN_TOKEN}x`,
                    'Bearer  ',
                  ),
                  oddHeaderValue,
                )
              : fc.constant(undefined),
          ),
          header(
            'if-none-match',
            fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, fc.constantFrom('*', '"x"', 'W/"x"', ', ,'), oddHeaderValue),
          ),
          header(
            'accept',
            fc.oneof(
              { arbitrary: fc.constant(undefined), weight: 6 },
              fc.constantFrom('*/*', 'text/html', 'application/xml', 'application/problem+json'),
            ),
          ),
          header('accept-language', fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, oddHeaderValue)),
          header(
            'x-forwarded-for',
            fc.oneof(
              { arbitrary: fc.constant(undefined), weight: 8 },
              fc.constantFrom('1.2.3.4', 'unknown, ::1', '999.1.1.1'),
              oddHeaderValue,
            ),
          ),
          header(
            'origin',
            fc.oneof(
              { arbitrary: fc.constant(undefined), weight: 8 },
              fc.constantFrom('https://www.montreuil.fr', 'null', 'https://evil.example'),
            ),
          ),
          bodySchema ? header('content-type', contentType) : fc.constant({}),
        )
        .map((parts) => Object.assign({}, ...parts) as Record<string, string>);
      return fc
        .record({
          path,
          query,
          headers,
          body,
          burst: fc.oneof({ arbitrary: fc.constant(1), weight: 12 }, fc.integer({ min: 2, max: 4 })),
          replay: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: keyParam ? 2 : 0 }),
        })
        .map(({ body: b, ...p }): Plan => ({
          ...p,
          op,
          body: b === undefined ? undefined : b.raw !== undefined ? { raw: b.raw } : { json: b.json },
          ...(b?.m ? { mutation: b.m } : {}),
        }));
    }

    function urlOf(plan: Plan): string {
      const path = plan.op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = String(plan.path[name]);
        try {
          return encodeURIComponent(value);
        } catch {
          // A lone surrogate: the bytes a careless client would send anyway.
          return '%ED%A0%80';
        }
      });
      const query = typeof plan.query === 'string' ? plan.query : new URLSearchParams(plan.query).toString();
      return query ? `${path}?${query}` : path;
    }

    function send(plan: Plan): Promise<Answer> {
      const payload =
        plan.body === undefined
          ? undefined
          : Buffer.from('raw' in plan.body ? plan.body.raw : (JSON.stringify(plan.body.json) ?? ''), 'utf8');
      const headers: Record<string, string | number> = { ...plan.headers };
      if (payload) headers['content-length'] = payload.length;
      return new Promise((resolve, reject) => {
        const request = http.request({ ...base, agent, method: plan.op.method.toUpperCase(), path: urlOf(plan), headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () =>
            resolve({
              status: response.statusCode!,
              type: String(response.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks).toString('utf8'),
              headers: response.headers,
            }),
          );
          response.on('error', reject);
        });
        request.on('error', reject);
        request.end(payload);
      });
    }

    /** What is wrong with this answer to this operation, or undefined. */
    function mismatch(op: DocOperation, answer: Answer): string | undefined {
      if (answer.status === 500) return `500 ${answer.body}`;
      const declared = responseMedia(op, answer.status, answer.type);
      if (!declared) return `status ${answer.status} is not declared (${answer.body.slice(0, 200)})`;
      if (declared.declared.length === 0) return answer.body.length ? `a body on a ${answer.status}, declared empty` : undefined;
      if (!declared.pointer) return `content type "${answer.type}" of the ${answer.status} is not one of ${declared.declared.join(', ')}`;
      let value: unknown = answer.body;
      if (/json/.test(answer.type)) {
        try {
          value = JSON.parse(answer.body);
        } catch {
          return `the ${answer.status} is not JSON: ${answer.body.slice(0, 200)}`;
        }
      }
      const error = validator.check(declared.pointer, value);
      return error && `the ${answer.status} does not match its schema: ${error} (${answer.body.slice(0, 300)})`;
    }

    test(
      'thousands of generated requests: no 500, every answer as declared, replays identical, database consistent',
      { timeout: TIME_LIMIT_MS + 60_000 },
      async (context) => {
        const operations = operationsOf(doc);
        const statuses = new Map<string, number>();
        let requests = 0;
        let runs = 0;
        const started = Date.now();
        // Writes and queries with parameters have more to explore than the fixed exports and lists.
        const weight = (op: DocOperation) =>
          op.path.startsWith('/v1/admin/') ? 1 : 2 + (op.op.requestBody ? 4 : 0) + (op.op.parameters?.length ? 2 : 0);
        const plans = fc.oneof(...operations.map((op) => ({ arbitrary: planFor(op), weight: weight(op) })));
        const property = fc.asyncProperty(plans, async (plan) => {
          runs++;
          const answers = await Promise.all(Array.from({ length: plan.burst }, () => send(plan)));
          requests += answers.length;
          const where = () =>
            `${plan.op.method.toUpperCase()} ${urlOf(plan).slice(0, 200)} ${JSON.stringify(plan.headers)} ${JSON.stringify(plan.body)?.slice(0, 500)}${plan.mutation ? ` (mutation ${JSON.stringify(plan.mutation).slice(0, 200)})` : ''}`;
          for (const answer of answers) {
            const key = `${plan.op.op.operationId} ${answer.status}`;
            statuses.set(key, (statuses.get(key) ?? 0) + 1);
            const wrong = mismatch(plan.op, answer);
            if (wrong) throw new Error(`${wrong}\n  request: ${where()}`);
            if (answer.status === 201 && /registrations$/.test(plan.op.path))
              registrations.push({ id: String(plan.path['id']), token: JSON.parse(answer.body).token });
          }
          const key = plan.headers['idempotency-key'];
          if (key !== undefined && answers.some((a) => a.status < 300)) {
            // Concurrent copies with one Idempotency-Key, and a later retry: one answer for all.
            const again = plan.replay ? [await send(plan)] : [];
            requests += again.length;
            const first = answers.find((a) => a.status < 300)!;
            for (const other of [...answers, ...again]) {
              if (other.status === 429 || other.status === 503) continue;
              assert.deepEqual([other.status, other.body], [first.status, first.body], `a replay differs\n  request: ${where()}`);
            }
          }
        });
        const result = await fc.check(property, {
          seed: SEED,
          numRuns: RUNS,
          interruptAfterTimeLimit: TIME_LIMIT_MS,
          markInterruptAsFailure: false,
          endOnFailure: true,
        });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const summary = `fuzz (${dialect}): ${requests} requests in ${runs} runs, ${seconds} s, seed ${SEED} (FUZZ_SEED=${SEED} to reproduce)`;
        context.diagnostic(summary);
        console.log(summary);
        console.log(
          [...statuses]
            .sort()
            .map(([k, n]) => `  ${k}: ${n}`)
            .join('\n'),
        );
        if (result.failed) {
          assert.fail(
            `${summary}\n${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}\n  counterexample path: ${result.counterexamplePath}`,
          );
        }
        assert.ok(runs >= RUNS || result.interrupted, `${runs} runs only, for ${RUNS}`);
        // Every operation was exercised, and most with a success (unless a loaded machine cut the run short).
        if (runs < 1000) return assertConsistent();
        for (const op of operations)
          assert.ok(
            [...statuses.keys()].some((k) => k.startsWith(`${op.op.operationId} `)),
            `${op.op.operationId} never called`,
          );
        const successes = operations.filter((op) => [...statuses.keys()].some((k) => k.startsWith(`${op.op.operationId} 2`)));
        assert.ok(
          successes.length >= operations.length - 1,
          `only ${successes.map((o) => String(o.op.operationId)).join(', ')} ever succeeded`,
        );

        await assertConsistent();
      },
    );

    async function assertConsistent() {
      const db = t.db;
      const orphans = await db
        .selectFrom('registrations')
        .leftJoin('webinars', 'webinars.id', 'registrations.webinar_id')
        .where('webinars.id', 'is', null)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(orphans.n), 0, 'registrations of no session');
      for (const table of ['participation_prescribers', 'participation_structures'] as const) {
        const rows = await db
          .selectFrom(table)
          .leftJoin('participations', 'participations.id', `${table}.participation_id`)
          .where('participations.id', 'is', null)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        assert.equal(Number(rows.n), 0, `${table} of no application`);
      }
      const references = await db.selectFrom('participations').select('reference').execute();
      assert.equal(new Set(references.map((r) => r.reference)).size, references.length, 'two applications with one reference');

      const webinars = await db.selectFrom('webinars').select(['id', 'capacity']).execute();
      const registrations = await db.selectFrom('registrations').select(['webinar_id', 'status', 'email_key']).execute();
      const listed = JSON.parse((await t.app.inject({ url: '/v1/webinars' })).body) as {
        id: string;
        seatsLeft: number;
        waitingCount: number;
      }[];
      let registered = 0;
      for (const w of webinars) {
        const live = registrations.filter((r) => r.webinar_id === w.id && r.status !== 'cancelled');
        const seated = live.filter((r) => r.status === 'registered').length;
        const waiting = live.filter((r) => r.status === 'waiting').length;
        registered += seated;
        assert.ok(seated <= w.capacity, `${w.id}: ${seated} registered for ${w.capacity} seats`);
        assert.ok(waiting === 0 || seated === w.capacity, `${w.id}: ${waiting} waiting while ${w.capacity - seated} seats are free`);
        assert.equal(new Set(live.map((r) => r.email_key)).size, live.length, `${w.id}: one person registered twice`);
        const shown = listed.find((l) => l.id === w.id);
        if (shown)
          assert.deepEqual(
            [shown.seatsLeft, shown.waitingCount],
            [w.capacity - seated, waiting],
            `${w.id}: the list disagrees with the database`,
          );
      }
      assert.ok(registered > 0, 'no registration ever succeeded');
    }
  });
}
