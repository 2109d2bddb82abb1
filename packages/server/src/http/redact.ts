// What the access log says of a request. Registration tokens are secrets carried in paths: the logged
// path is rebuilt from the route the router matched and the parameters it decoded, so that an encoded
// path (`…/registration%73/<token>`) cannot smuggle a token past a pattern applied to the raw URL.

/** Route parameters that are secrets. */
const SECRET_PARAMS = new Set(['token']);

/**
 * `/v1/webinars/x/registrations/SECRET` → `/v1/webinars/x/registrations/[token]`, on the decoded path, for
 * paths no API route matched: decoded until stable (`registration%2573`), any case, `;` parameters and
 * anything after the token included, since such a path is any client's (a mangled link, a trailing slash).
 */
export const redactTokens = (url: string) => {
  const at = url.search(/[?#]/);
  const [path, rest] = at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
  return fullyDecoded(path).replace(/(\/registrations?\b[^/]*\/).*$/i, '$1[token]') + rest;
};

/** Percent-decoded until nothing changes (a few rounds at most); a malformed escape stops there. */
function fullyDecoded(path: string): string {
  let decoded = path;
  for (let round = 0; round < 5; round++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break;
    }
  }
  return decoded;
}

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  routeOptions?: { url?: string | undefined };
  params?: unknown;
}

/** The request's path for the log, secrets replaced by `[name]`. */
function loggedUrl(request: LoggedRequest): string {
  const pattern = request.routeOptions?.url;
  const params = (request.params ?? {}) as Record<string, unknown>;
  // The static files' catch-all (`/*`) matches any path, tokens included: judge its path as unmatched.
  if (!pattern || pattern.includes('*') || typeof params !== 'object') return redactTokens(request.url);
  const at = request.url.indexOf('?');
  const query = at < 0 ? '' : request.url.slice(at);
  const path = pattern.replace(/:(\w+)/g, (_, name: string) =>
    SECRET_PARAMS.has(name) ? `[${name}]` : encodeURIComponent(param(params, name)),
  );
  return path + query;
}

/** A route parameter as the router decoded it (a string), or '' when absent. */
const param = (params: Record<string, unknown>, name: string) => {
  const value = params[name];
  return typeof value === 'string' ? value : '';
};

export const requestSerializer = (request: LoggedRequest) => ({
  method: request.method,
  url: loggedUrl(request),
  remoteAddress: request.ip,
});
