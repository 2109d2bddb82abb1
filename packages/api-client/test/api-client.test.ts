// The client in Chromium, against the fake API that the test runner serves under /test-api/
// (scripts/wtr-test-api.mjs): real browser fetch, relative base URL, CORS-free same-origin requests.
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { FAKE_API, fakeApi, fakeApiHits, type FakeRoute } from '@npt/testing';
import { AbortedError, HttpError, InvalidResponseError, TimeoutError, createApiClient, newIdempotencyKey } from '../src/index.js';

// FAKE_API is this module's own namespace of the fake API (relative: resolved against the test page).
const api = createApiClient({ baseUrl: FAKE_API, backoffMs: 1, maxBackoffMs: 5 });
const Item = z.object({ id: z.string(), label: z.string() });

/** Adds one route, keeping those of the same test. */
function route(r: FakeRoute): Promise<void> {
  return fakeApi([r], false);
}
async function hits(method: string, path: string): Promise<number> {
  return (await fakeApiHits())[`${method} ${path}`] ?? 0;
}
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (e: unknown) => e,
  );
}

describe('api-client in Chromium', () => {
  it('resolves a relative base URL against the page and parses the body', async () => {
    await route({ path: '/items', body: { id: 'i1', label: 'Atelier numérique' } });
    const item = await api.get('/items', Item, { query: { tags: ['a', 'b'], q: undefined } });
    expect(item).to.deep.equal({ id: 'i1', label: 'Atelier numérique' });
    expect(await hits('GET', '/items')).to.equal(1);
  });

  it('exposes a problem+json error body', async () => {
    const problem = { title: 'Données invalides', status: 422, errors: [{ path: 'email', message: 'Adresse invalide' }] };
    await route({
      method: 'POST',
      path: '/registrations',
      status: 422,
      body: problem,
      headers: { 'content-type': 'application/problem+json' },
    });
    const error = await rejection(api.post('/registrations', { email: 'x' }, Item));
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(422);
    expect((error as HttpError).problem).to.deep.equal(problem);
  });

  it('lists schema mismatches and rejects invalid JSON', async () => {
    await route({ path: '/wrong', body: { id: 7 } });
    const mismatch = (await rejection(api.get('/wrong', Item))) as InvalidResponseError;
    expect(mismatch).to.be.instanceOf(InvalidResponseError);
    expect(mismatch.issues.map((i) => i.path).sort()).to.deep.equal(['id', 'label']);

    await route({ path: '/not-json', raw: '{"id": "i1",', headers: { 'content-type': 'application/json' } });
    const invalid = (await rejection(api.get('/not-json', Item))) as InvalidResponseError;
    expect(invalid).to.be.instanceOf(InvalidResponseError);
    expect(invalid.issues[0]!.code).to.equal('invalid_json');
  });

  it('retries a GET on 503, and a POST only with an Idempotency-Key', async () => {
    await route({ path: '/busy', status: 503, body: { title: 'Service indisponible' } });
    await route({ method: 'POST', path: '/busy', status: 503, body: { title: 'Service indisponible' } });
    await rejection(api.get('/busy', Item));
    expect(await hits('GET', '/busy')).to.equal(3);
    await rejection(api.post('/busy', {}, Item));
    expect(await hits('POST', '/busy')).to.equal(1);
    await rejection(api.post('/busy', {}, Item, { idempotencyKey: newIdempotencyKey() }));
    expect(await hits('POST', '/busy')).to.equal(4);
  });

  it('times out, and aborts a request in flight', async () => {
    await route({ path: '/slow', delay: 400, body: { id: 'i1', label: 'x' } });
    const timeout = await rejection(api.get('/slow', Item, { timeoutMs: 50, retries: 0 }));
    expect(timeout).to.be.instanceOf(TimeoutError);

    const controller = new AbortController();
    const pending = api.get('/slow', Item, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    expect(await rejection(pending)).to.be.instanceOf(AbortedError);
  });

  it('makes UUID v4 idempotency keys', () => {
    const keys = new Set(Array.from({ length: 20 }, newIdempotencyKey));
    expect(keys.size).to.equal(20);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
