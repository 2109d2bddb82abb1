import { request, type Schema, type Transport } from './request.js';
import { sleep as defaultSleep, type Sleep } from './retry.js';
import { buildUrl, resolveUrl, type QueryParams } from './url.js';

/** Settings of a client; every request may override `timeoutMs` and `retries`. */
export interface ApiClientOptions {
  /** Base URL of the API, e.g. `https://api.example.fr/v1`, or relative (`/v1`) in a page. */
  baseUrl: string;
  /** `fetch` implementation (defaults to the global one, looked up at each request). */
  fetch?: typeof fetch;
  /** Per-attempt timeout in milliseconds, body read included (default 10 000; 0 disables it). */
  timeoutMs?: number;
  /** Retries after the first attempt, for requests safe to repeat (default 2). */
  retries?: number;
  /** Base of the exponential backoff in milliseconds (default 300): retry n waits up to base × 2^n. */
  backoffMs?: number;
  /** Cap of any wait between attempts, `Retry-After` included, in milliseconds (default 5 000). */
  maxBackoffMs?: number;
  /** Headers sent with every request (note: any non-standard header makes cross-origin GETs preflighted). */
  headers?: Record<string, string>;
  /** Waits between attempts; inject a recording stub in tests. */
  sleep?: Sleep;
  /** Source of jitter in [0, 1) (default `Math.random`); inject a constant in tests. */
  random?: () => number;
  /** Clock used to turn a `Retry-After` HTTP date into a delay (default `Date.now`). */
  now?: () => number;
}

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

/** Defaults of {@link ApiClientOptions}. */
export const DEFAULTS = { timeoutMs: 10_000, retries: 2, backoffMs: 300, maxBackoffMs: 5_000 } as const;

function transport(options: Omit<ApiClientOptions, 'baseUrl'>): Transport {
  return {
    // Looked up lazily so that a test (or a polyfill) replacing globalThis.fetch later is honoured.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    retries: options.retries ?? DEFAULTS.retries,
    backoffMs: options.backoffMs ?? DEFAULTS.backoffMs,
    maxBackoffMs: options.maxBackoffMs ?? DEFAULTS.maxBackoffMs,
    headers: options.headers ?? {},
    sleep: options.sleep ?? defaultSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
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
    get: (path, schema, opts = {}) =>
      request(t, { ...opts, method: 'GET', url: buildUrl(baseUrl, path, opts.query) }, schema),
    post: (path, body, schema, opts = {}) =>
      request(t, { ...opts, method: 'POST', url: buildUrl(baseUrl, path), body }, schema),
    delete: (path, schema, opts = {}) =>
      request(t, { ...opts, method: 'DELETE', url: buildUrl(baseUrl, path, opts.query) }, schema),
  };
}

/** Options of {@link getJson}: those of a GET plus the client settings. */
export type GetJsonOptions = RequestOptions & Omit<ApiClientOptions, 'baseUrl' | 'retries' | 'timeoutMs' | 'headers'>;

/**
 * GETs any JSON URL (absolute, or relative to the page), e.g. a static file published in a national
 * data standard, with the client's timeout, retries and parsing.
 */
export function getJson<T>(url: string, schema: Schema<T>, opts: GetJsonOptions = {}): Promise<T> {
  return request(transport(opts), { ...opts, method: 'GET', url: resolveUrl(url) }, schema);
}
