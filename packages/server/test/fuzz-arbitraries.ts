// fast-check arbitraries from the JSON Schemas of the OpenAPI document (valid values), and the mutations
// the fuzzer applies to them (wrong types, missing and extra keys, huge and odd strings, boundary numbers).
import fc, { type Arbitrary } from 'fast-check';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Schema is plain JSON */
type Schema = Record<string, any>;

/** Values a property of this name often needs to be more than well-formed (an existing id, a commune). */
export type Hints = Record<string, Arbitrary<unknown> | undefined>;

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  'e\u0301\u200b\ufeff',
  '😀👩‍💻🏳️‍🌈',
  '<script>alert(1)</script>',
  "'; DROP TABLE registrations; --",
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  '%00%ff',
  '\r\n\r\nX-Injected: 1',
  'null',
  '1e999',
];

const BOUNDARY_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  -1.5,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e308,
  -1e308,
  5e-324,
  1_000_000,
  1_000_001,
  1e12,
  1e12 + 1,
];

/**
 * Odd strings; `huge` ones go up to 140 KB of UTF-8 (more than the body limit). In a URL or a header they
 * stay under 4 KB: Node's HTTP parser refuses more than 16 KB of headers (431) before the API sees them.
 */
export const oddString = ({ huge = true } = {}): Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...ODD_STRINGS),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.integer({ min: 300, max: huge ? 70_000 : 600 }).map((n) => 'é'.repeat(n)),
  );

const oddNumber = (): Arbitrary<number> =>
  fc.oneof(fc.constantFrom(...BOUNDARY_NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true }));

/** Any JSON value of the wrong kind for this schema (or any at all). */
const wrongType = (schema: Schema): Arbitrary<unknown> => {
  const kinds: Arbitrary<unknown>[] = [];
  const type = schema.type ?? (schema.enum ? typeof schema.enum[0] : undefined);
  if (type !== 'string') kinds.push(oddString());
  if (type !== 'number' && type !== 'integer') kinds.push(oddNumber());
  if (type !== 'boolean') kinds.push(fc.boolean());
  if (type !== 'array') kinds.push(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }));
  if (type !== 'object') kinds.push(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }));
  kinds.push(fc.constant(null));
  return fc.oneof(...kinds);
};

function stringArbitrary(schema: Schema): Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, Math.max(min, 40));
  if (schema.format === 'email')
    return fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/), fc.constantFrom('example.org', 'mairie-exemple.fr', 'exemple.fr'))
      .map(([local, domain]) => `${local}@${domain}`);
  if (schema.format === 'date-time')
    return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'uri') return fc.webUrl({ size: 'small' });
  const fits = (s: string) => s.length >= min && s.length <= (schema.maxLength ?? Infinity);
  const plain = fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }).filter((s) => s.trim().length >= Math.min(min, 1));
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern, 'u');
    try {
      return fc.stringMatching(pattern).filter(fits);
    } catch {
      // A pattern fast-check cannot generate from (Unicode property classes): strings that happen to match.
      return plain.filter((s) => pattern.test(s));
    }
  }
  return plain;
}

function numberArbitrary(schema: Schema, integer: boolean): Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
  const max = Math.min(
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000),
    Number.MAX_SAFE_INTEGER,
  );
  const edges = fc.constantFrom(min, max);
  return integer
    ? fc.oneof(fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) }), edges)
    : fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), edges);
}

/** An arbitrary of values valid against `schema` (as far as its keywords go), with `hints` mixed in by property name. */
export function fromSchema(schema: Schema, hints: Hints = {}, name?: string): Arbitrary<unknown> {
  const hint = name ? hints[name] : undefined;
  const plain = fromSchemaOnly(schema, hints);
  return hint ? fc.oneof({ arbitrary: hint, weight: 3 }, { arbitrary: plain, weight: 1 }) : plain;
}

function fromSchemaOnly(schema: Schema, hints: Hints): Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s: Schema) => fromSchema(s, hints)));
  if (schema.allOf) return fromSchema(schema.allOf[0], hints);
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 4, Math.max(minLength, 4));
      const items = fromSchema(schema.items ?? {}, hints);
      // Arrays of enumerated values are sets in this contract (each component, each need at most once).
      return schema.items?.enum
        ? fc.uniqueArray(items, { minLength, maxLength: Math.min(maxLength, schema.items.enum.length) })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object': {
      const properties: Record<string, Schema> = schema.properties ?? {};
      if (Object.keys(properties).length === 0 && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        const key = schema.propertyNames
          ? (stringArbitrary({ type: 'string', ...schema.propertyNames }) as Arbitrary<string>)
          : fc.string({ maxLength: 10 });
        return fc.dictionary(key, fromSchema(schema.additionalProperties, hints), { minKeys: 1, maxKeys: 3 });
      }
      const record = Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, fromSchema(s, hints, key)]));
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k: string) => k in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A mutation of a JSON body: it usually makes the body invalid, sometimes merely odd. */
export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'wrong'; at: number; value: unknown }
  | { kind: 'odd-string'; at: number; value: string }
  | { kind: 'odd-number'; at: number; value: number }
  | { kind: 'not-an-object'; value: unknown };

export const mutation = (): Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('extra' as const),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'status', 'token'), fc.string({ maxLength: 12 })),
      value: fc.jsonValue({ maxDepth: 1 }),
    }),
    fc.record({ kind: fc.constant('wrong' as const), at: fc.nat(), value: wrongType({}) }),
    fc.record({ kind: fc.constant('odd-string' as const), at: fc.nat(), value: oddString() }),
    fc.record({ kind: fc.constant('odd-number' as const), at: fc.nat(), value: oddNumber() }),
    fc.record({
      kind: fc.constant('not-an-object' as const),
      value: fc.oneof(fc.constant(null), fc.constant([]), oddString(), oddNumber()),
    }),
  );

/** Paths of every value inside a JSON value (`["structures", 0, "siret"]`). */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [path, ...entries.flatMap(([k, v]) => leaves(v, [...path, k]))].filter((p) => p.length > 0);
  }
  return [path];
}

export function applyMutation(body: unknown, m: Mutation): unknown {
  if (m.kind === 'not-an-object') return m.value;
  const copy = structuredClone(body) as Record<string, unknown>;
  if (!copy || typeof copy !== 'object') return copy;
  if (m.kind === 'extra') {
    // A key the JSON text carries as data, as a client would send it ("__proto__" included).
    Object.defineProperty(copy, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    return copy;
  }
  const paths = leaves(copy).filter((p) => p.length > 0);
  if (paths.length === 0) return copy;
  const path = paths[m.at % paths.length]!;
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], copy);
  const key = path[path.length - 1]!;
  if (m.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else parent[key] = m.value;
  return copy;
}
