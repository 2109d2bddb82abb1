// A client generated from the served document (openapi-typescript) compiles against a program calling
// every public operation, with the contract's types on the other side: a drift between the document, the
// server and the contract breaks this test. The program then runs against the server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { testApp, type TestApp } from './helpers.js';
import { operationsOf, servedDocument, type Doc } from './openapi-support.js';
import { seedIfEmpty } from '../src/demo/seed.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const REPO = join(import.meta.dirname, '..', '..', '..');

/** Calls every public operation through types generated from the document only. */
const PROGRAM = `
import type { operations } from './api.js';
import type { CommuneList, FundingRules, ParticipationReceipt, ParticipationRequestSchema, Registration, RegistrationRequestSchema, WebinarList } from '@npt/contract';
import type * as z from 'zod';

type Op = keyof operations;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Answer<Id extends Op, S extends keyof operations[Id]['responses']> = Json<operations[Id]['responses'][S]>;
type Body<Id extends Op> = operations[Id] extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
type Params<Id extends Op> = operations[Id]['parameters'];
/** Every key path, nested ones included (years.perPerson): an optional field on one side only shows here. */
type DeepKeys<T> = T extends readonly (infer E)[] ? DeepKeys<E> : T extends object ? { [K in keyof T & string]-?: K | \`\${K}.\${DeepKeys<NonNullable<T[K]>>}\` }[keyof T & string] : never;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Both ways assignable, with the same key paths: a field on one side only does not compile. */
type Same<A, B> = Mutual<A, B> extends true ? Mutual<DeepKeys<A>, DeepKeys<B>> : false;
const same = <A, B>(proof: Same<A, B>) => proof;

// The document and the contract describe the same resources.
same<Answer<'listCommunes', 200>, CommuneList>(true);
same<Answer<'getFundingRules', 200>, FundingRules>(true);
same<Answer<'listWebinars', 200>, WebinarList>(true);
same<Answer<'registerForWebinar', 201>, Registration>(true);
same<Answer<'getRegistration', 200>, Registration>(true);
same<Answer<'submitParticipation', 201>, ParticipationReceipt>(true);
same<Body<'registerForWebinar'>, z.input<typeof RegistrationRequestSchema>>(true);
same<Body<'submitParticipation'>, z.input<typeof ParticipationRequestSchema>>(true);

const base = process.argv[2]!;
let calls = 0;

async function call<Id extends Op>(
  _operation: Id,
  method: 'GET' | 'POST' | 'DELETE',
  template: string,
  params: { path?: Params<Id>['path']; query?: Params<Id>['query']; header?: Params<Id>['header'] },
  body?: Body<Id>,
): Promise<{ status: number; json: unknown; text: string }> {
  const path = template.replace(/\\{(\\w+)\\}/g, (_, name: string) => encodeURIComponent(String((params.path as Record<string, unknown>)[name])));
  const query = new URLSearchParams(Object.entries(params.query ?? {}).map(([k, v]) => [k, String(v)]));
  const headers: Record<string, string> = { ...(params.header as Record<string, string> | undefined) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(base + path + (query.size ? '?' + query : ''), { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  calls++;
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
  return { status: response.status, json, text };
}
function expect(what: string, status: number, expected: number) {
  if (status !== expected) throw new Error(what + ': ' + status + ', expected ' + expected);
}

const communes = await call('listCommunes', 'GET', '/v1/communes', {});
expect('listCommunes', communes.status, 200);
const firstCommune: string = (communes.json as Answer<'listCommunes', 200>)[0]!.nom;

const rules = await call('getFundingRules', 'GET', '/v1/funding-rules', {});
expect('getFundingRules', rules.status, 200);
const firstYear: number = (rules.json as Answer<'getFundingRules', 200>).years[0]!.year;

const places = await call('listPlaces', 'GET', '/v1/places', { query: { communes: '93066,93048', limit: 5 } });
expect('listPlaces', places.status, 200);
const page = places.json as Answer<'listPlaces', 200>;
const placeId = String(page.items[0]!['id']);
const place = await call('getPlace', 'GET', '/v1/places/{id}', { path: { id: placeId } });
expect('getPlace', place.status, 200);

const webinars = await call('listWebinars', 'GET', '/v1/webinars', {});
expect('listWebinars', webinars.status, 200);
const webinar = (webinars.json as Answer<'listWebinars', 200>)[0]!;
const seats: number = webinar.seatsLeft;

const ics = await call('getWebinarCalendar', 'GET', '/v1/webinars/{id}/calendar.ics', { path: { id: webinar.id } });
expect('getWebinarCalendar', ics.status, 200);

const person: Body<'registerForWebinar'> = {
  firstName: 'Client', lastName: 'Généré', email: 'client.genere@example.org', organisation: firstCommune,
  role: 'commune-staff', consent: true, antispam: { fillMs: 9000 },
};
const registered = await call('registerForWebinar', 'POST', '/v1/webinars/{id}/registrations', { path: { id: webinar.id }, header: { 'idempotency-key': 'generated-client-1' } }, person);
expect('registerForWebinar', registered.status, 201);
const token: string = (registered.json as Answer<'registerForWebinar', 201>).token;
const registration = await call('getRegistration', 'GET', '/v1/webinars/{id}/registrations/{token}', { path: { id: webinar.id, token } });
expect('getRegistration', registration.status, 200);
const cancelled = await call('cancelRegistration', 'DELETE', '/v1/webinars/{id}/registrations/{token}', { path: { id: webinar.id, token } });
expect('cancelRegistration', cancelled.status, 204);

const application: Body<'submitParticipation'> = {
  communeCode: '93066', signerName: 'Camille Martin', signerRole: 'Maire', contactName: 'Sami Benali', role: 'Chargé de mission',
  email: 'sami.benali@example.org', phone: '01 49 33 60 00', components: ['support'], expectedPeople: { [String(firstYear)]: 10 },
  consent: true, antispam: { fillMs: 60000 },
};
const receipt = await call('submitParticipation', 'POST', '/v1/participations', { header: { 'idempotency-key': 'generated-client-2' } }, application);
expect('submitParticipation', receipt.status, 201);
const reference: string = (receipt.json as Answer<'submitParticipation', 201>).reference;

console.log(JSON.stringify({ calls, operations: ['listCommunes', 'getFundingRules', 'listPlaces', 'getPlace', 'listWebinars', 'getWebinarCalendar', 'registerForWebinar', 'getRegistration', 'cancelRegistration', 'submitParticipation'], reference, seats }));
`;

describe('a TypeScript client generated from the OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;
  let dir: string;

  before(async () => {
    t = await testApp('sqlite');
    await seedIfEmpty(t.db);
    doc = await servedDocument(t.app);
    // Inside the repository, so that the program resolves zod and @npt/contract as the workspace does.
    mkdirSync(join(REPO, 'node_modules', '.cache'), { recursive: true });
    dir = mkdtempSync(join(REPO, 'node_modules', '.cache', 'npt-openapi-client-'));
  });
  after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test(
    'compiles with tsc against a program calling every public operation, which then runs against the server',
    { timeout: 90_000 },
    async () => {
      writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(doc as never)));
      writeFileSync(join(dir, 'program.ts'), PROGRAM);
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            customConditions: ['npt-source'],
            lib: ['ES2023', 'DOM'],
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: ['node'],
            noUncheckedIndexedAccess: true,
          },
          files: ['program.ts'],
        }),
      );
      const tsc = join(require.resolve('typescript/package.json'), '..', 'bin', 'tsc');
      const compiled = await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { cwd: dir }).catch(
        (error: { stdout: string }) => error,
      );
      assert.equal(compiled.stdout.trim(), '', 'the generated client does not compile');

      // Every public operation of the document is called by the program (admin ones need a token).
      const publicIds = operationsOf(doc)
        .filter((o) => !o.path.startsWith('/v1/admin/'))
        .map((o) => o.op.operationId as string);
      const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { stdout } = await run(process.execPath, ['--import', 'tsx', join(dir, 'program.ts'), address], { cwd: dir });
      const report = JSON.parse(stdout) as { calls: number; operations: string[]; reference: string };
      assert.deepEqual(
        [...report.operations].sort(),
        [...publicIds].sort(),
        'operations of the document the program does not call (or calls that left it)',
      );
      assert.equal(report.calls, publicIds.length);
      assert.match(report.reference, /^NPT-\d{4}-\d{6}$/);
    },
  );
});
