// URL building: base + path + query, with a relative base resolved against the page.

/** Query parameters: `undefined` and empty arrays are left out, arrays are joined with commas. */
export type QueryParams = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;

/**
 * Resolves `url` against the page (`location.href`) when it is relative and a page exists; otherwise
 * returns it unchanged (a relative URL outside a browser is left for an injected `fetch` to handle).
 */
export function resolveUrl(url: string): string {
  if (ABSOLUTE.test(url)) return url;
  const href = (globalThis as { location?: { href?: string } }).location?.href;
  return href ? new URL(url, href).href : url;
}

/**
 * Joins `baseUrl` and `path` with exactly one slash (unlike `new URL(path, base)`, which would drop the
 * base's own path such as `/v1`), resolves the result against the page and appends `query`.
 * An absolute `path` (with a scheme) is used as is.
 */
export function buildUrl(baseUrl: string, path: string, query?: QueryParams): string {
  const joined = ABSOLUTE.test(path) ? path : path === '' ? baseUrl : `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return withQuery(resolveUrl(joined), query);
}

/** Appends `query` to `url`, keeping any query string and fragment `url` already has. */
export function withQuery(url: string, query?: QueryParams): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) params.append(key, value.join(','));
    } else params.append(key, String(value));
  }
  const search = params.toString();
  if (!search) return url;
  const hash = url.indexOf('#');
  const [head, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  return `${head}${head.includes('?') ? '&' : '?'}${search}${fragment}`;
}
