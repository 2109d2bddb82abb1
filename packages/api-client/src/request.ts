// The request loop shared by `createApiClient` and `getJson`: one attempt = fetch + timeout + body
// read + parsing; attempts are repeated, with backoff, only when the request is safe to repeat.
import { ProblemSchema, type Problem } from '@npt/contract';
import * as z from 'zod/mini';
import {
  AbortedError,
  ApiError,
  HttpError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  type ApiErrorInit,
} from './errors.js';
import { toResponseIssues } from './issues.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter, type Sleep } from './retry.js';

/** Any zod v4 schema (classic or mini) whose output is `T`. */
export type Schema<T> = z.core.$ZodType<T>;

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
}

const ACCEPT = 'application/json, application/problem+json;q=0.9';

/**
 * Runs `spec` and returns its body parsed by `schema`. GET and HEAD are retried, and so are writes
 * that carry an Idempotency-Key (the server then applies them at most once); any other write is sent once.
 */
export async function request<T>(t: Transport, spec: RequestSpec, schema: Schema<T>): Promise<T> {
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
      return await attemptOnce(t, spec, headers, body, schema, init);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      error = e;
    }
    if (attempt >= maxAttempts || !isRetryable(error)) throw error;
    const retryAfter = error instanceof HttpError ? error.retryAfterMs : undefined;
    const wait =
      retryAfter !== undefined
        ? Math.min(retryAfter, t.maxBackoffMs)
        : backoffDelay(attempt - 1, t.backoffMs, t.maxBackoffMs, t.random);
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
  schema: Schema<T>,
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
      response = await doFetch(spec.url, { method: spec.method, headers, body, signal: controller.signal });
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
    const result = z.safeParse(schema, data, { reportInput: true });
    if (!result.success) {
      throw new InvalidResponseError(response.status, toResponseIssues(result.error.issues), { ...init, cause: result.error });
    }
    return result.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The problem+json body of an error response, or `undefined` when the body is anything else. */
function parseProblem(text: string): Problem | undefined {
  try {
    const result = z.safeParse(ProblemSchema, JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** Header names lower-cased, so a caller's `Accept` replaces ours instead of being sent twice. */
function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v;
  return out;
}
