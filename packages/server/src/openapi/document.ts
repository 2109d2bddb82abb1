// Completes the document @fastify/swagger generates from the routes with what every operation shares,
// so that a new route is documented like the others without repeating it: the servers, each
// operation's security, every problem answer it can give (RFC 9457, with the contract's problem types),
// response descriptions and headers, and the examples. Pure: the same routes give the same document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { ProblemSchema, problemType, type ProblemKind } from '@npt/contract';
import { OPERATION_EXAMPLES } from './examples.js';
import { PROBLEMS, problemsOf } from './problems.js';

/** The parts of OpenAPI 3.1 this module reads and writes; the rest passes through untouched. */
interface MediaType {
  schema?: object;
  examples?: Record<string, { summary: string; value: unknown }>;
}
interface Response {
  description?: string;
  content?: Record<string, MediaType>;
  headers?: Record<string, object>;
}
interface Operation {
  operationId?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, Response>;
  security?: Record<string, string[]>[];
}
export interface OpenApiDocument {
  info: Record<string, unknown>;
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description: string }[];
  components?: { schemas?: Record<string, object>; securitySchemes?: Record<string, object> };
  paths?: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
}

/** The server package's version: `info.version` of the document. */
export const SERVER_VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }
).version;

export const API_DESCRIPTION = [
  'Reference API of the Métropole du Grand Paris programme « Numérique pour tous »: mediation places (national',
  'standard v1.0.2), communes, funding rules, participations of communes, webinars. This document is in English;',
  'field names and values of the national standard are in French, as the standard defines them.',
  '',
  'Errors are `application/problem+json` (RFC 9457) with a `type` a client can branch on (`urn:npt:problem:…`).',
  'Writes that carry an `Idempotency-Key` can be retried safely: the same key and body replay the first answer.',
  '',
  'Versioning: everything under `/v1` only changes compatibly (new operations, optional parameters, new',
  'response fields, new problem types); `info.version` follows semantic versioning for these additions. A change',
  'that could break a client would be published as `/v2`, alongside `/v1`.',
].join('\n');

const TAGS = [
  { name: 'reference', description: 'Reference data: the communes of the Métropole, the funding rules.' },
  { name: 'places', description: 'Mediation places, as records of the national standard v1.0.2.' },
  { name: 'participations', description: 'Applications of communes to join the programme.' },
  { name: 'webinars', description: 'Webinar sessions, registrations with a waiting list, calendar files.' },
  {
    name: 'admin',
    description: 'Exports for the programme team, behind a bearer token (ADMIN_TOKEN). Not served when no token is configured.',
  },
];

/** The admin operations' scheme (routes name it in their `security`). */
export const SECURITY_SCHEMES = {
  bearer: { type: 'http', scheme: 'bearer', description: 'The ADMIN_TOKEN of the server: `Authorization: Bearer <token>`.' },
} as const;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;
/** Methods whose request body Fastify parses (and may refuse as too large or of another media type). */
const WITH_BODY = new Set(['post', 'put', 'patch', 'delete']);

const SUCCESS: Record<string, string> = {
  '200': 'Success.',
  '201': 'Created.',
  '204': 'Done; no content.',
  '304': 'Not modified: the copy the client holds (`If-None-Match`) is current.',
};

/** What a path ending in each extension answers. */
const FILES: Record<string, { type: string; schema: object }> = {
  csv: { type: 'text/csv', schema: { type: 'string', description: 'UTF-8 CSV with a BOM, one header row.' } },
  ics: { type: 'text/calendar', schema: { type: 'string', description: 'An iCalendar file (RFC 5545).' } },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    schema: {
      type: 'string',
      contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      description: 'An XLSX workbook (binary).',
    },
  },
};

const header = (description: string, schema: object = { type: 'string' }) => ({ description, schema });

interface DocumentOptions {
  /** `PUBLIC_URL`: where integrators reach this server. */
  publicUrl: string | undefined;
}

export function finishDocument(input: OpenApiDocument, { publicUrl }: DocumentOptions): OpenApiDocument {
  const doc = structuredClone(input);
  doc.info = { ...doc.info, version: SERVER_VERSION };
  // A relative URL is resolved against the document's own location: this very server.
  doc.servers = [
    publicUrl ? { url: publicUrl.replace(/\/+$/, ''), description: 'This server (PUBLIC_URL)' } : { url: '/', description: 'This server' },
  ];
  doc.tags = TAGS;
  doc.components = {
    ...doc.components,
    schemas: { ...doc.components?.schemas, Problem: problemJsonSchema() },
    securitySchemes: SECURITY_SCHEMES,
  };
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) finishOperation(path, method, operation);
    }
  }
  return doc;
}

function finishOperation(path: string, method: string, operation: Operation): void {
  const admin = path.startsWith('/v1/admin/');
  operation.security = admin ? [{ bearer: [] }] : [];
  const responses = (operation.responses ??= {});

  // Every error this operation can answer: what the route declares, and what any route like it can answer.
  const statuses = new Set(Object.keys(responses).filter((s) => Number(s) >= 400));
  // Any URL can be malformed (bad percent-encoding, a NUL character), whether or not it has parameters.
  statuses.add('400');
  if (admin) statuses.add('401');
  if (WITH_BODY.has(method)) statuses.add('413').add('415');
  // Any API route: the rate limits, a fault, load shedding (when MAX_EVENT_LOOP_DELAY_MS is set).
  statuses.add('429').add('500').add('503');
  for (const status of statuses) responses[status] = problemResponse(Number(status), responses[status]?.description);

  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) >= 400) continue;
    if (!response.description || response.description === 'Default Response') response.description = SUCCESS[status] ?? 'Success.';
    const file = FILES[/\.(\w+)$/.exec(path)?.[1] ?? ''];
    // The exports and the calendar file: bodies the route writes itself, of the type its extension says.
    if (status === '200' && file) response.content = { [file.type]: { ...response.content?.[file.type], schema: file.schema } };
    if (responses['304'] && status === '200') {
      response.headers = {
        ...response.headers,
        ETag: header('Validator to send back in `If-None-Match`.'),
        'Cache-Control': header('How long caches may keep the answer.'),
      };
    }
    if (status === '201' && operation.parameters?.some((p) => p.in === 'header' && p.name === 'idempotency-key')) {
      response.headers = {
        ...response.headers,
        'Idempotent-Replayed': header('`true` when this answer is the replay of an earlier request with the same Idempotency-Key.', {
          type: 'string',
          enum: ['true'],
        }),
      };
    }
  }
  addExamples(operation);
}

function problemResponse(status: number, declared: string | undefined): Response {
  const kinds = problemsOf(status);
  // A status no problem type of the contract has (a plugin's own): documented as a plain problem.
  if (kinds.length === 0) {
    const description = declared && declared !== 'Default Response' ? declared : 'Error.';
    return { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
  }
  const examples = Object.fromEntries(kinds.map((kind) => [kind, { summary: PROBLEMS[kind].title, value: problemExample(kind, status) }]));
  const response: Response = {
    description: kinds.map((kind) => PROBLEMS[kind].description).join(' '),
    content: {
      'application/problem+json': {
        schema: {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            {
              type: 'object',
              properties: { type: { type: 'string', enum: kinds.map(problemType) }, status: { type: 'integer', const: status } },
              required: ['type', 'status'],
            },
          ],
        },
        examples,
      },
    },
  };
  if (status === 429 || status === 503)
    response.headers = { 'Retry-After': header('Seconds to wait before retrying.', { type: 'integer', minimum: 0 }) };
  if (status === 401) response.headers = { 'WWW-Authenticate': header('`Bearer realm="npt-admin"`.') };
  return response;
}

function problemExample(kind: ProblemKind, status: number) {
  const { title, example } = PROBLEMS[kind];
  return { type: problemType(kind), title, status, ...example };
}

function addExamples(operation: Operation): void {
  const examples = operation.operationId ? OPERATION_EXAMPLES[operation.operationId] : undefined;
  if (!examples) return;
  const requestMedia = operation.requestBody?.content?.['application/json'];
  if (requestMedia && examples.request) requestMedia.examples = examples.request;
  for (const [status, byName] of Object.entries(examples.responses ?? {})) {
    const content = operation.responses?.[status]?.content;
    const media = content && Object.values(content)[0];
    if (media) media.examples = byName;
  }
}

/** The contract's problem details as JSON Schema 2020-12, the dialect of OpenAPI 3.1. */
function problemJsonSchema() {
  const { $schema: _, ...schema } = z.toJSONSchema(ProblemSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, description: 'Problem details (RFC 9457). `type` is one of the `urn:npt:problem:` types each answer lists.' };
}
