// What the access log says of a request. Registration tokens are secrets carried in paths: the logged
// path is rebuilt from the route the router matched and the parameters it decoded, so that an encoded
// path (`…/registration%73/<token>`) cannot smuggle a token past a pattern applied to the raw URL.

/** Route parameters that are secrets. */
const SECRET_PARAMS = new Set(['token']);

/** `/v1/webinars/x/registrations/SECRET` → `/v1/webinars/x/registrations/[token]`, on the decoded path too. */
export const redactTokens = (url: string) => {
  const at = url.search(/[?#]/);
  const [path, rest] = at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: the router refuses such a path; log it redacted as it came.
  }
  return decoded.replace(/(\/registrations\/)[^/]+/i, '$1[token]') + rest;
};

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  routeOptions?: { url?: string | undefined };
  params?: unknown;
}

/** The request's path for the log, secrets replaced by `[name]`. */
export function loggedUrl(request: LoggedRequest): string {
  const pattern = request.routeOptions?.url;
  const params = (request.params ?? {}) as Record<string, unknown>;
  if (!pattern || typeof params !== 'object') return redactTokens(request.url);
  const at = request.url.indexOf('?');
  const query = at < 0 ? '' : request.url.slice(at);
  const path = pattern
    .replace(/:(\w+)/g, (_, name: string) => (SECRET_PARAMS.has(name) ? `[${name}]` : encodeURIComponent(param(params, name))))
    .replace(/\*$/, () => param(params, '*'));
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
