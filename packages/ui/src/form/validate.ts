import { parseFrenchInteger } from '@npt/contract';
import { getPath, leafPaths, matchPath, setPath, type Values } from './paths.js';
import type { FieldIssue } from './messages.js';

/**
 * The part of a zod schema the form needs (zod and zod/mini both have it), so that `@npt/ui` never
 * imports zod: a widget that validates without a schema (the simulator) does not bundle it.
 */
export interface SafeParser<T = unknown> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly ZodLikeIssue[] } };
}

export interface ZodLikeIssue {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
  values?: readonly unknown[];
}

/** Fields typed as whole numbers in French ("8 000"): read before the schema sees them; `max` bounds them. */
export type NumberFields = Record<string, { max?: number }>;

export interface Checked<T> {
  /** The values as the schema returned them (numbers read), when there is no error at all. */
  data: T | undefined;
  /** The first issue of each field in error, by dotted path. */
  issues: Record<string, FieldIssue>;
  /** The values with empty texts as undefined and number fields read (undefined when unreadable), before the schema. */
  input: Values;
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** One zod issue as a field issue, given the value the person entered. */
export function toFieldIssue(issue: ZodLikeIssue, value: unknown): FieldIssue {
  const limit = Number(issue.minimum ?? issue.maximum ?? NaN);
  const withLimit = (code: FieldIssue['code']): FieldIssue => (Number.isFinite(limit) ? { code, limit } : { code });
  switch (issue.code) {
    case 'invalid_type':
      return { code: isEmpty(value) ? 'required' : issue.expected === 'number' || issue.expected === 'int' ? 'notANumber' : 'invalid' };
    case 'too_small':
      if (isEmpty(value)) return { code: issue.origin === 'array' || issue.origin === 'set' ? 'choose' : 'required' };
      return withLimit(issue.origin === 'string' ? 'tooShort' : issue.origin === 'array' ? 'choose' : 'tooSmall');
    case 'too_big':
      return withLimit(issue.origin === 'string' ? 'tooLong' : 'tooBig');
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'email' : 'format' };
    case 'invalid_value':
      return { code: issue.values?.length === 1 && issue.values[0] === true ? 'consent' : isEmpty(value) ? 'required' : 'choose' };
    default:
      return { code: isEmpty(value) ? 'required' : 'invalid' };
  }
}

/**
 * Checks `values`: empty texts become undefined and the number fields are read the French way, then the
 * schema checks the whole. A field the number reader refused keeps that reason, not the schema's.
 */
export function checkValues<T>(values: Values, schema: SafeParser<T> | undefined, numbers: NumberFields = {}): Checked<T> {
  const issues: Record<string, FieldIssue> = {};
  let input: Values = values;
  const patterns = Object.entries(numbers);
  for (const path of leafPaths(values)) {
    const rule = patterns.find(([pattern]) => matchPath(pattern, path))?.[1];
    const raw = getPath(values, path);
    if (typeof raw !== 'string') continue;
    // A field left empty is a value not given: optional in the schema, "required" when it is not.
    if (!rule) {
      if (raw.trim() === '') input = setPath(input, path, undefined);
      continue;
    }
    const parsed = parseFrenchInteger(raw, rule.max);
    if (parsed.ok) input = setPath(input, path, parsed.value);
    else {
      input = setPath(input, path, undefined);
      if (parsed.error === 'tooLarge') issues[path] = rule.max === undefined ? { code: 'tooBig' } : { code: 'tooBig', limit: rule.max };
      else if (parsed.error !== 'empty') issues[path] = { code: parsed.error };
    }
  }
  if (!schema) return { data: Object.keys(issues).length ? undefined : (input as T), issues, input };
  const result = schema.safeParse(input);
  if (result.success) return { data: Object.keys(issues).length ? undefined : result.data, issues, input };
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    // An unknown key (strict object) points at the object: nothing a person can fix, the widget's bug.
    if (issue.code === 'unrecognized_keys') continue;
    issues[path] ??= toFieldIssue(issue, getPath(values, path));
  }
  return { data: undefined, issues, input };
}
