import type { Problem } from '@npt/contract';
import type { FieldIssue } from './messages.js';

/**
 * The field errors of a server `problem+json` (`errors[{path, message}]`), as field issues on the form's
 * own paths. The server's message is English and technical: the form says it again in the person's
 * language from the issue code, so only the path is trusted. `known(path)` says whether the form has
 * that field; errors on other paths (a widget bug, a server rule on the whole body) are returned apart.
 */
export function problemFieldIssues(
  problem: Pick<Problem, 'errors'> | undefined,
  known: (path: string) => boolean,
): { fields: Record<string, FieldIssue>; other: string[] } {
  const fields: Record<string, FieldIssue> = {};
  const other: string[] = [];
  for (const { path, message } of problem?.errors ?? []) {
    // The server prefixes nothing for the body, but a query or header error names its part: not a field.
    const target = path.replace(/^body\./, '');
    if (known(target)) fields[target] ??= { code: 'server' };
    else {
      // An error on a leaf the form renders under a parent ("structures.0" for a whole group) lands on
      // the closest field that exists.
      const parent = target
        .split('.')
        .reduceRight<string | undefined>(
          (found, _s, i, all) => found ?? (known(all.slice(0, i).join('.')) ? all.slice(0, i).join('.') : undefined),
          undefined,
        );
      if (parent) fields[parent] ??= { code: 'server' };
      else other.push(message);
    }
  }
  return { fields, other };
}
