// @npt/api-client: the one thin JSON API client of the widgets. `fetch` only, no DOM beyond it, no Lit.
export { createApiClient, getJson } from './client.js';
export type { ApiClient, RequestOptions, GetOptions, WriteOptions, DeleteOptions, GetJsonOptions } from './client.js';
export { DEFAULTS } from './transport.js';
export type { ApiClientOptions } from './transport.js';
export { fetchJson } from './fetch-json.js';
export type { FetchJsonOptions } from './fetch-json.js';
export { zodParser } from './zod-parse.js';
export type { Schema } from './zod-parse.js';
export type { Parse } from './request.js';
export { ApiError, NetworkError, TimeoutError, AbortedError, HttpError, InvalidResponseError, isApiError } from './errors.js';
export type { ApiErrorKind, ResponseIssue, ApiErrorInit } from './errors.js';
export { newIdempotencyKey } from './idempotency.js';
export { isRetryableStatus, parseRetryAfter, backoffDelay, sleep } from './retry.js';
export type { Sleep } from './retry.js';
export { buildUrl, withQuery, resolveUrl } from './url.js';
export type { QueryParams } from './url.js';
