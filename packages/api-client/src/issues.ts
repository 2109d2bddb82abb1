import type { core } from 'zod/mini';
import type { ResponseIssue } from './errors.js';

/**
 * zod issues as `{ path, message, code }`. zod/mini ships no locale, so its messages are all
 * "Invalid input": those are replaced by a short English description that names what was expected.
 */
export function toResponseIssues(issues: readonly core.$ZodIssue[]): ResponseIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message && issue.message !== 'Invalid input' ? issue.message : describe(issue),
    code: issue.code,
  }));
}

function describe(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'input' in issue ? `expected ${issue.expected}, received ${typeOf(issue.input)}` : `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unrecognized keys: ${issue.keys.join(', ')}`;
    case 'too_small':
      return `too small: minimum ${String(issue.minimum)}`;
    case 'too_big':
      return `too big: maximum ${String(issue.maximum)}`;
    case 'invalid_format':
      return `invalid ${issue.format}`;
    default:
      return issue.message || issue.code;
  }
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
