// GET of a JSON document for the finder, on the API client's own error types and retry policy, without
// its zod parsing: what the finder reads (a commune's file, the national API, the address API) is
// third-party data that the tolerant normaliser checks record by record, and zod alone would take a
// sixth of the finder's 35 KB budget. Errors are the client's (`kind`: network, timeout, aborted, http,
// invalid), so the finder handles them like every other widget.
import { AbortedError, backoffDelay, HttpError, InvalidResponseError, isRetryableStatus, NetworkError, sleep, TimeoutError } from '@npt/api-client';

export interface FetchJsonOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
  /** Retries after a network error, a timeout or a retryable status (408, 429, 5xx). */
  retries?: number;
  /** Revalidate with the server instead of trusting the HTTP cache (a "retry" button). */
  fresh?: boolean;
}

export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { signal, timeoutMs = 15_000, retries = 2 } = options;
  for (let attempt = 1; ; attempt++) {
    const init = { url, method: 'GET', attempts: attempt };
    if (signal?.aborted) throw new AbortedError({ ...init, cause: signal.reason });
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    let error: NetworkError | TimeoutError | HttpError;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: controller.signal,
        ...(options.fresh ? { cache: 'no-cache' as const } : {}),
      });
      if (response.ok) {
        const text = await response.text();
        try {
          return JSON.parse(text);
        } catch {
          throw new InvalidResponseError(response.status, [{ path: '', message: 'The body is not JSON.', code: 'invalid_json' }], init);
        }
      }
      error = new HttpError(response.status, init);
    } catch (e) {
      if (e instanceof InvalidResponseError) throw e;
      if (signal?.aborted) throw new AbortedError({ ...init, cause: signal.reason });
      error = timedOut ? new TimeoutError(timeoutMs, init) : new NetworkError({ ...init, cause: e });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    if (attempt > retries || (error instanceof HttpError && !isRetryableStatus(error.status))) throw error;
    await sleep(backoffDelay(attempt - 1, 300, 3000), signal);
  }
}
