import { request } from './request.js';
import { transport, type ApiClientOptions } from './transport.js';
import { buildUrl, resolveUrl, type QueryParams } from './url.js';
import { zodParser, type Schema } from './zod-parse.js';

/** Options of any request. */
export interface RequestOptions {
  /** Cancels the request, and any wait before a retry; the call then rejects with an `AbortedError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout overriding the client's. */
  timeoutMs?: number;
  /** Retries overriding the client's (only requests safe to repeat are retried). */
  retries?: number;
  /** Headers for this request only. */
  headers?: Record<string, string>;
}

/** Options of a GET. */
export interface GetOptions extends RequestOptions {
  /** Query parameters: `undefined` and empty arrays are skipped, arrays are joined with commas. */
  query?: QueryParams;
}

/** Options of a write (POST, DELETE). */
export interface WriteOptions extends RequestOptions {
  /**
   * Sent as the `Idempotency-Key` header, the same on every attempt; only a write that carries one is
   * retried. Make one with `newIdempotencyKey()` per user action (e.g. per form submission), not per call.
   */
  idempotencyKey?: string;
}

/** Options of a DELETE. */
export interface DeleteOptions extends WriteOptions {
  /** Query parameters, as for a GET. */
  query?: QueryParams;
}

/** A JSON API client: every method resolves with the body parsed by `schema`, or rejects with an `ApiError`. */
export interface ApiClient {
  /** The client's base URL as given. */
  readonly baseUrl: string;
  /** GET `path` (relative to the base URL); retried on network errors, timeouts, 408, 429 and 5xx. */
  get<T>(path: string, schema: Schema<T>, opts?: GetOptions): Promise<T>;
  /** POST `body` as JSON; retried like a GET only when `opts.idempotencyKey` is set. */
  post<T>(path: string, body: unknown, schema: Schema<T>, opts?: WriteOptions): Promise<T>;
  /** DELETE `path`; retried like a GET only when `opts.idempotencyKey` is set. A 204 parses `undefined`. */
  delete<T>(path: string, schema: Schema<T>, opts?: DeleteOptions): Promise<T>;
}

/**
 * Creates a client for the API at `options.baseUrl`.
 * @example
 * const api = createApiClient({ baseUrl: '/v1' });
 * const places = await api.get('/places', PlacesPageSchema, { query: { commune: '93066' } });
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const t = transport(options);
  const { baseUrl } = options;
  return {
    baseUrl,
    get: (path, schema, opts = {}) => request(t, { ...opts, method: 'GET', url: buildUrl(baseUrl, path, opts.query) }, zodParser(schema)),
    post: (path, body, schema, opts = {}) => request(t, { ...opts, method: 'POST', url: buildUrl(baseUrl, path), body }, zodParser(schema)),
    delete: (path, schema, opts = {}) =>
      request(t, { ...opts, method: 'DELETE', url: buildUrl(baseUrl, path, opts.query) }, zodParser(schema)),
  };
}

/** Options of {@link getJson}: those of a GET plus the client settings. */
export type GetJsonOptions = RequestOptions & Omit<ApiClientOptions, 'baseUrl' | 'retries' | 'timeoutMs' | 'headers'>;

/**
 * GETs any JSON URL (absolute, or relative to the page), e.g. a static file published in a national
 * data standard, with the client's timeout, retries and parsing.
 */
export function getJson<T>(url: string, schema: Schema<T>, opts: GetJsonOptions = {}): Promise<T> {
  return request(transport(opts), { ...opts, method: 'GET', url: resolveUrl(url) }, zodParser(schema));
}
