import type { SafeParser } from './validate.js';

/** `value` with every '' (a text field left empty) removed from its objects, at any depth. */
export function dropBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropBlanks);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== '') out[key] = dropBlanks(v);
  return out;
}

/**
 * A schema that reads an empty text field as not given: the form's values hold '' for an empty input, a
 * contract's optional field is `undefined` when absent. Required fields still fail, as "required".
 */
export function blankAsMissing<T>(schema: SafeParser<T>): SafeParser<T> {
  return { safeParse: (data) => schema.safeParse(dropBlanks(data)) };
}
