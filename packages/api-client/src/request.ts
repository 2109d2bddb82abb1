// The request loop shared by `createApiClient` and `getJson`: one attempt = fetch + timeout + body
// read + parsing; attempts are repeated, with backoff, only when the request is safe to repeat.
import type { Problem } from '@npt/contract';
import { AbortedError, ApiError, HttpError, InvalidResponseError, NetworkError, TimeoutError, type ApiErrorInit } from './errors.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter, type Sleep } from './retry.js';

/**
 * Checks a 2xx body and returns it typed, or throws an `InvalidResponseError`. The zod one is in
 * zod-parse.ts, apart, so that code which reads third-party data with its own tolerant parser (the
 * finder's place files) does not bundle zod.
 */
export type Parse<T> = (data: unknown, status: number, init: ApiErrorInit) => T;

/** Settings of a client, defaults applied. */
export interface Transport {
  fetch: typeof fetch;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  maxBackoffMs: number;
  headers: Record<string, string>;
  sleep: Sleep;
  random: () => number;
  now: () => number;
}

/** One logical request (which may take several attempts). */
export interface RequestSpec {
  method: string;
  url: string;
  /** JSON-serialised when not `undefined`. */
  body?: unknown;
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  retries?: number | undefined;
  headers?: Record<string, string> | undefined;
  /** The fetch cache mode, e.g. `no-cache` to revalidate on a "retry" button. */
  cache?: RequestCache | undefined;
}

const ACCEPT = 'application/json, application/problem+json;q=0.9';

/**
 * Runs `spec` and returns its body parsed by `schema`. GET and HEAD are retried, and so are writes
 * that carry an Idempotency-Key (the server then applies them at most once); any other write is sent once.
 */
export async function request<T>(t: Transport, spec: RequestSpec, parse: Parse<T>): Promise<T> {
  const { method, signal } = spec;
  const repeatable = method === 'GET' || method === 'HEAD' || spec.idempotencyKey !== undefined;
  const maxAttempts = 1 + (repeatable ? Math.max(0, spec.retries ?? t.retries) : 0);
  const headers: Record<string, string> = { accept: ACCEPT, ...lowerKeys(t.headers), ...lowerKeys(spec.headers) };
  if (spec.body !== undefined) headers['content-type'] ??= 'application/json';
  if (spec.idempotencyKey !== undefined) headers['idempotency-key'] = spec.idempotencyKey;
  const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);

  for (let attempt = 1; ; attempt++) {
    const init: ApiErrorInit = { url: spec.url, method, attempts: attempt };
    if (signal?.aborted) throw new AbortedError({ ...init, attempts: attempt - 1, cause: signal.reason });
    let error: ApiError;
    try {
      return await attemptOnce(t, spec, headers, body, parse, init);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      error = e;
    }
    if (attempt >= maxAttempts || !isRetryable(error)) throw error;
    const retryAfter = error instanceof HttpError ? error.retryAfterMs : undefined;
    const wait =
      retryAfter !== undefined ? Math.min(retryAfter, t.maxBackoffMs) : backoffDelay(attempt - 1, t.backoffMs, t.maxBackoffMs, t.random);
    try {
      await t.sleep(wait, signal);
    } catch (cause) {
      if (signal?.aborted) throw new AbortedError({ ...init, cause: signal.reason });
      throw cause;
    }
  }
}

function isRetryable(error: ApiError): boolean {
  return error.kind === 'network' || error.kind === 'timeout' || (error instanceof HttpError && isRetryableStatus(error.status));
}

async function attemptOnce<T>(
  t: Transport,
  spec: RequestSpec,
  headers: Record<string, string>,
  body: string | undefined,
  parse: Parse<T>,
  init: ApiErrorInit,
): Promise<T> {
  const { signal } = spec;
  const timeoutMs = spec.timeoutMs ?? t.timeoutMs;
  // One controller per attempt, aborted by the caller's signal or by our timer. AbortSignal.any and
  // AbortSignal.timeout would do it, but AbortSignal.any is missing from Safari before 17.4.
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    timeoutMs > 0 && timeoutMs < 2 ** 31
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const failure = (cause: unknown): ApiError =>
    signal?.aborted
      ? new AbortedError({ ...init, cause: signal.reason })
      : timedOut
        ? new TimeoutError(timeoutMs, init)
        : new NetworkError({ ...init, cause });

  try {
    let response: Response;
    let text: string;
    try {
      // Called as a plain function: `window.fetch` throws "Illegal invocation" when called as a method of another object.
      const doFetch = t.fetch;
      response = await doFetch(spec.url, {
        method: spec.method,
        headers,
        body,
        signal: controller.signal,
        ...(spec.cache ? { cache: spec.cache } : {}),
      });
      // The body is read under the same timeout: a server may send headers and then stall.
      text = await response.text();
    } catch (cause) {
      throw failure(cause);
    }
    if (!response.ok) {
      throw new HttpError(response.status, {
        ...init,
        problem: parseProblem(text),
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), t.now()),
      });
    }
    let data: unknown = undefined;
    // 204/205 and empty bodies are `undefined`: the schema says whether that is acceptable.
    if (response.status !== 204 && response.status !== 205 && text.trim() !== '') {
      try {
        data = JSON.parse(text);
      } catch (cause) {
        const type = response.headers.get('content-type') ?? 'no content type';
        const message = `body is not JSON (${type}): ${cause instanceof Error ? cause.message : String(cause)}`;
        throw new InvalidResponseError(response.status, [{ path: '', message, code: 'invalid_json' }], { ...init, cause });
      }
    }
    return parse(data, response.status, init);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The problem+json body of an error response (RFC 9457: an object with a `title`), or `undefined` when
 * the body is anything else. Checked by hand, not with the contract's ProblemSchema, to keep zod out of
 * code that does not otherwise need it; field errors that are not `{path, message}` strings are dropped.
 */
export function parseProblem(text: string): Problem | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const p = body as Record<string, unknown>;
  if (typeof p.title !== 'string') return undefined;
  const problem: Problem = { ...p, title: p.title };
  for (const key of ['type', 'detail', 'instance'] as const) if (key in p && typeof p[key] !== 'string') delete problem[key];
  if ('status' in p && !Number.isInteger(p.status)) delete problem.status;
  if ('errors' in p) {
    const errors = Array.isArray(p.errors)
      ? (p.errors as unknown[])
          .filter((e): e is { path: string; message: string } => {
            const { path, message } = (e ?? {}) as Record<string, unknown>;
            return typeof path === 'string' && typeof message === 'string';
          })
          .map(({ path, message }) => ({ path, message }))
      : [];
    if (errors.length) problem.errors = errors;
    else delete problem.errors;
  }
  return problem;
}

/** Header names lower-cased, so a caller's `Accept` replaces ours instead of being sent twice. */
function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v;
  return out;
}
