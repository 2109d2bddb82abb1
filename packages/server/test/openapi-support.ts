// Test support for the OpenAPI suites (document, generated client, fuzzer): the served document, its
// operations, and Ajv validators for the schemas it declares, so that what is checked is what an
// integrator reads, whatever the routes add.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { FastifyInstance } from 'fastify';

/* eslint-disable @typescript-eslint/no-explicit-any -- the document is plain JSON */
export type Doc = Record<string, any>;

export interface DocOperation {
  method: string;
  /** The path template, `/v1/webinars/{id}/registrations`. */
  path: string;
  /** JSON pointer of the operation in the document. */
  pointer: string;
  op: Record<string, any>;
}

export async function servedDocument(app: FastifyInstance): Promise<Doc> {
  const answer = await app.inject({ url: '/v1/openapi.json' });
  if (answer.statusCode !== 200) throw new Error(`GET /v1/openapi.json: ${answer.statusCode}`);
  return JSON.parse(answer.body);
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
export const pointerOf = (...segments: string[]) => '#/' + segments.map(escape).join('/');

export function operationsOf(doc: Doc): DocOperation[] {
  const out: DocOperation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      if (item[method]) out.push({ method, path, pointer: pointerOf('paths', path, method), op: item[method] });
    }
  }
  return out;
}

/** Validators of the document's schemas by JSON pointer; `$ref`s resolve inside the document. */
export class DocValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: Doc) {
    (addFormats as unknown as (ajv: Ajv2020) => void)(this.ajv);
    this.ajv.addSchema({ ...doc, $id: 'npt-openapi' });
  }

  /** The validator of the schema at `pointer` (`#/paths/…/schema`). */
  at(pointer: string): ValidateFunction {
    let validate = this.cache.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `npt-openapi${pointer}` });
      this.cache.set(pointer, validate);
    }
    return validate;
  }

  /** Errors of `value` against the schema at `pointer`, as one line, or undefined when valid. */
  check(pointer: string, value: unknown): string | undefined {
    const validate = this.at(pointer);
    return validate(value) ? undefined : this.ajv.errorsText(validate.errors);
  }
}

/** The media type object of a response for this status, by content type (parameters dropped). */
export function responseMedia(operation: DocOperation, status: number | string, contentType: string | undefined) {
  const response = operation.op.responses?.[String(status)];
  if (!response) return undefined;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const content = response.content as Record<string, any> | undefined;
  return {
    response,
    declared: Object.keys(content ?? {}),
    media: content?.[type],
    pointer: content?.[type]
      ? pointerOf('paths', operation.path, operation.method, 'responses', String(status), 'content', type, 'schema')
      : undefined,
  };
}
