import type { Problem } from '@npt/contract';

/** What went wrong, for a widget to choose its message without `instanceof` across bundles. */
export type ApiErrorKind = 'network' | 'timeout' | 'aborted' | 'http' | 'invalid';

/** One problem found in a response body: `path` is dotted (`items.0.name`), `''` for the root. */
export interface ResponseIssue {
  path: string;
  message: string;
  /** zod's issue code (`invalid_type`, `invalid_value`…), or `invalid_json`. */
  code?: string;
}

/** Context shared by every error: which request failed and after how many attempts. */
export interface ApiErrorInit {
  url: string;
  method?: string;
  attempts?: number;
  cause?: unknown;
}

/**
 * Base class of every error the client throws. Widgets switch on `kind`
 * (network / timeout / aborted / http / invalid) to pick a user-facing message.
 */
export class ApiError extends Error {
  /** Stable discriminant, also usable when two copies of the client are on one page. */
  readonly kind: ApiErrorKind;
  /** Absolute URL of the request (query string included). */
  readonly url: string;
  /** HTTP method of the request. */
  readonly method: string;
  /** Attempts made, retries included (at least 1; 0 when aborted before the first one). */
  readonly attempts: number;

  constructor(kind: ApiErrorKind, message: string, init: ApiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    // Set explicitly: minifiers rename classes, so `new.target.name` would be `e` in the CDN build.
    this.name = 'ApiError';
    this.kind = kind;
    this.url = init.url;
    this.method = init.method ?? 'GET';
    this.attempts = init.attempts ?? 1;
  }
}

/** The request never got an HTTP response (DNS, connection refused or reset, CORS, offline). */
export class NetworkError extends ApiError {
  constructor(init: ApiErrorInit) {
    super('network', `Network error on ${init.method ?? 'GET'} ${init.url}`, init);
    this.name = 'NetworkError';
  }
}

/** No complete response within the per-attempt timeout. */
export class TimeoutError extends ApiError {
  /** The per-attempt timeout that expired, in milliseconds. */
  readonly timeoutMs: number;
  constructor(timeoutMs: number, init: ApiErrorInit) {
    super('timeout', `No response within ${timeoutMs} ms on ${init.method ?? 'GET'} ${init.url}`, init);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` fired (before the request, during it, or while waiting to retry). */
export class AbortedError extends ApiError {
  constructor(init: ApiErrorInit) {
    super('aborted', `Request aborted: ${init.method ?? 'GET'} ${init.url}`, init);
    this.name = 'AbortedError';
  }
}

/** The server answered with a non-2xx status. */
export class HttpError extends ApiError {
  /** HTTP status code. */
  readonly status: number;
  /** The server's RFC 9457 problem details, when its body is one. */
  readonly problem?: Problem;
  /** Delay the server asked for in `Retry-After` (429, 503), in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(status: number, init: ApiErrorInit & { problem?: Problem; retryAfterMs?: number }) {
    const what = init.problem ? `: ${init.problem.title}${init.problem.detail ? ` (${init.problem.detail})` : ''}` : '';
    super('http', `HTTP ${status} on ${init.method ?? 'GET'} ${init.url}${what}`, init);
    this.name = 'HttpError';
    this.status = status;
    if (init.problem) this.problem = init.problem;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}

/** A 2xx response whose body is not JSON or does not match the contract's schema. */
export class InvalidResponseError extends ApiError {
  /** What did not match; one `invalid_json` issue when the body is not JSON at all. */
  readonly issues: ResponseIssue[];
  /** HTTP status of the response. */
  readonly status: number;

  constructor(status: number, issues: ResponseIssue[], init: ApiErrorInit) {
    const list = issues
      .slice(0, 3)
      .map((i) => `${i.path || '(root)'}: ${i.message}`)
      .join('; ');
    const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
    super('invalid', `Invalid response from ${init.method ?? 'GET'} ${init.url}: ${list}${more}`, init);
    this.name = 'InvalidResponseError';
    this.status = status;
    this.issues = issues;
  }
}

/** True for any error thrown by this client (also across two bundled copies of it). */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError || (error instanceof Error && typeof (error as Partial<ApiError>).kind === 'string' && 'url' in error);
}
