import type { Transport } from './request.js';
import { sleep as defaultSleep, type Sleep } from './retry.js';

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

/** Defaults of {@link ApiClientOptions}. */
export const DEFAULTS = { timeoutMs: 10_000, retries: 2, backoffMs: 300, maxBackoffMs: 5_000 } as const;

export function transport(options: Omit<ApiClientOptions, 'baseUrl'>): Transport {
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
