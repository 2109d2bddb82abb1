// The client's pure pieces: Retry-After parsing, the backoff schedule, URL building, idempotency keys.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelay, buildUrl, isRetryableStatus, newIdempotencyKey, parseRetryAfter, sleep, withQuery } from '../src/index.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 2, 1, 12, 0, 0);
  it('reads delay-seconds', () => {
    assert.equal(parseRetryAfter('0', now), 0);
    assert.equal(parseRetryAfter(' 7 ', now), 7000);
  });
  it('reads an HTTP date relative to now, never negative', () => {
    assert.equal(parseRetryAfter('Sun, 01 Mar 2026 12:00:42 GMT', now), 42_000);
    assert.equal(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now), 0);
  });
  it('ignores absent or unreadable values', () => {
    for (const value of [null, undefined, '', 'soon', '-3', '1.5', 'Mon, 99 Foo 2026']) {
      assert.equal(parseRetryAfter(value, now), undefined, String(value));
    }
  });
});

describe('backoffDelay', () => {
  it('stays in [0, min(max, base × 2^retry)) with Math.random', () => {
    for (let retry = 0; retry < 8; retry++) {
      const ceiling = Math.min(3000, 300 * 2 ** retry);
      const delays = Array.from({ length: 200 }, () => backoffDelay(retry, 300, 3000));
      assert.ok(
        delays.every((d) => Number.isInteger(d) && d >= 0 && d < ceiling),
        `retry ${retry}`,
      );
      // Full jitter spreads over the whole range: some draws fall in each half.
      assert.ok(delays.some((d) => d < ceiling / 2) && delays.some((d) => d >= ceiling / 2), `retry ${retry} spread`);
    }
  });
});

describe('isRetryableStatus', () => {
  it('retries 408, 429 and transient 5xx only', () => {
    const retried = [200, 204, 301, 400, 401, 403, 404, 408, 409, 422, 429, 500, 501, 502, 503, 504, 505].filter(isRetryableStatus);
    assert.deepEqual(retried, [408, 429, 500, 502, 503, 504]);
  });
});

describe('sleep', () => {
  it('waits, and rejects with the reason as soon as the signal aborts', async () => {
    const start = performance.now();
    await sleep(30);
    assert.ok(performance.now() - start >= 25);
    const controller = new AbortController();
    const reason = new Error('stop');
    setTimeout(() => controller.abort(reason), 10);
    const t0 = performance.now();
    await assert.rejects(sleep(10_000, controller.signal), (e) => e === reason);
    assert.ok(performance.now() - t0 < 3000);
    await assert.rejects(sleep(10, AbortSignal.abort(reason)), (e) => e === reason);
  });
});

describe('buildUrl', () => {
  it('joins base and path with one slash, keeping the base path', () => {
    assert.equal(buildUrl('https://api.example.fr/v1', '/places'), 'https://api.example.fr/v1/places');
    assert.equal(buildUrl('https://api.example.fr/v1/', 'places'), 'https://api.example.fr/v1/places');
    assert.equal(buildUrl('https://api.example.fr/v1', ''), 'https://api.example.fr/v1');
    assert.equal(buildUrl('https://api.example.fr/v1', 'https://cdn.example.fr/x.json'), 'https://cdn.example.fr/x.json');
  });
  it('leaves a relative base alone outside a page', () => {
    assert.equal(buildUrl('/v1', 'places', { a: 1 }), '/v1/places?a=1');
  });
  it('encodes the query: commas for arrays, nothing for undefined or empty arrays', () => {
    assert.equal(
      buildUrl('https://a.fr/v1', 'places', { q: 'café & thé', ids: ['a', 'b'], n: 0, open: false, none: undefined, empty: [] }),
      'https://a.fr/v1/places?q=caf%C3%A9+%26+th%C3%A9&ids=a%2Cb&n=0&open=false',
    );
  });
  it('appends to an existing query string and keeps the fragment', () => {
    assert.equal(withQuery('https://a.fr/x?lang=fr#top', { page: 2 }), 'https://a.fr/x?lang=fr&page=2#top');
    assert.equal(withQuery('https://a.fr/x', {}), 'https://a.fr/x');
  });
});

describe('newIdempotencyKey', () => {
  it('makes distinct UUID v4 keys', () => {
    const keys = new Set(Array.from({ length: 100 }, newIdempotencyKey));
    assert.equal(keys.size, 100);
    for (const key of keys) assert.match(key, UUID_V4);
  });

  it('falls back to getRandomValues, then to Math.random, outside secure contexts', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    const webCrypto = globalThis.crypto;
    try {
      // What a page served over plain HTTP has: getRandomValues but no randomUUID.
      const getRandomValues = (a: Uint8Array<ArrayBuffer>) => webCrypto.getRandomValues(a);
      Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues }, configurable: true });
      assert.equal(typeof globalThis.crypto.randomUUID, 'undefined');
      const viaWebCrypto = Array.from({ length: 50 }, newIdempotencyKey);
      Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
      const viaMathRandom = Array.from({ length: 50 }, newIdempotencyKey);
      for (const key of [...viaWebCrypto, ...viaMathRandom]) assert.match(key, UUID_V4);
      assert.equal(new Set([...viaWebCrypto, ...viaMathRandom]).size, 100);
    } finally {
      Object.defineProperty(globalThis, 'crypto', original);
    }
  });
});
