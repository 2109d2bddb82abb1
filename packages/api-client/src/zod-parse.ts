import * as z from 'zod/mini';
import { InvalidResponseError } from './errors.js';
import { toResponseIssues } from './issues.js';
import type { Parse } from './request.js';

/** Any zod v4 schema (classic or mini) whose output is `T`. */
export type Schema<T> = z.core.$ZodType<T>;

/** Parses a body with the contract's schema; a mismatch is an `InvalidResponseError` listing the issues. */
export function zodParser<T>(schema: Schema<T>): Parse<T> {
  return (data, status, init) => {
    const result = z.safeParse(schema, data, { reportInput: true });
    if (!result.success) throw new InvalidResponseError(status, toResponseIssues(result.error.issues), { ...init, cause: result.error });
    return result.data;
  };
}
