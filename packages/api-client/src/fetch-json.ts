import { request } from './request.js';
import { transport, type ApiClientOptions } from './transport.js';
import type { RequestOptions } from './client.js';
import { resolveUrl } from './url.js';

/** Options of {@link fetchJson}: those of a GET, the client settings, and a cache mode. */
export type FetchJsonOptions = RequestOptions &
  Omit<ApiClientOptions, 'baseUrl' | 'retries' | 'timeoutMs' | 'headers'> & {
    /** `no-cache` revalidates with the server instead of trusting the HTTP cache (a "retry" button). */
    cache?: RequestCache;
  };

/**
 * GETs any JSON URL with the client's timeout, retries and typed errors, and returns the body unchecked,
 * for callers that validate it themselves record by record (third-party place files, the address API).
 * Apart from the zod-based methods, so that such callers do not bundle zod.
 */
export function fetchJson(url: string, opts: FetchJsonOptions = {}): Promise<unknown> {
  return request(transport(opts), { ...opts, method: 'GET', url: resolveUrl(url) }, (data) => data);
}
