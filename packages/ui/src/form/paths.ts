// Dotted paths (`structures.0.siret`) into plain form values: the same paths zod and the server's
// problem+json use, so an error from either lands on the same field.

export type Values = Record<string, unknown>;

const split = (path: string) => (path === '' ? [] : path.split('.'));

/** The value at `path`, or undefined. */
export function getPath(values: unknown, path: string): unknown {
  let node = values;
  for (const key of split(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `values` with `value` at `path`; objects and arrays on the way are copied, never mutated. */
export function setPath<T>(values: T, path: string, value: unknown): T {
  const [key, ...rest] = split(path);
  if (key === undefined) return value as T;
  const node = (values ?? (/^\d+$/.test(key) ? [] : {})) as Record<string, unknown>;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string, unknown>;
  copy[key] = setPath(node[key], rest.join('.'), value);
  return copy as T;
}

/** The element id of a field: `structures.0.siret` → `structures-0-siret`, `projectCost` → `project-cost`. */
export const pathToId = (path: string, prefix = ''): string =>
  prefix + path.replace(/\./g, '-').replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** Whether `path` matches `pattern`, where `*` stands for one segment (`people.*`, `structures.*.count`). */
export function matchPath(pattern: string, path: string): boolean {
  const p = split(pattern);
  const s = split(path);
  return p.length === s.length && p.every((seg, i) => seg === '*' || seg === s[i]);
}

/** Every leaf path of `values` (arrays by index), to find the numbers to read and the fields to check. */
export function leafPaths(values: unknown, base = ''): string[] {
  if (values === null || typeof values !== 'object') return base ? [base] : [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(values)) out.push(...leafPaths(v, base ? `${base}.${k}` : k));
  return out;
}
