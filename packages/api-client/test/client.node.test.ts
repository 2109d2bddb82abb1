// The client against a real node:http server on 127.0.0.1: what is sent, what is parsed, what is
// retried (hits counted on the server) and how long the client waits (sleep injected and recorded).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import {
  AbortedError,
  ApiError,
  HttpError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  createApiClient,
  getJson,
  isApiError,
  type ApiClientOptions,
} from '../src/index.js';
import { closedPort, json, useTestServer } from './http-server.js';

const Place = z.object({ id: z.string(), name: z.string(), tags: z.array(z.string()) });
const PlacesPage = z.object({ items: z.array(Place), total: z.int() });
type PlacesPage = z.infer<typeof PlacesPage>;

const server = useTestServer();

/** A client on the test server whose waits are recorded instead of slept. */
function client(options: Partial<ApiClientOptions> = {}) {
  const waits: number[] = [];
  const api = createApiClient({
    baseUrl: `${server.origin}/v1/`,
    sleep: (ms) => Promise.resolve(void waits.push(ms)),
    random: () => 0.5,
    ...options,
  });
  return { api, waits };
}

/** Awaits `promise`, asserts it rejects with an instance of `type`, and returns the error. */
async function rejection<E extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof type, `expected ${type.name}, got ${String(error)}`);
  return error;
}

const page: PlacesPage = { items: [{ id: 'p1', name: 'Médiathèque', tags: ['wifi'] }], total: 1 };

describe('successful requests', () => {
  it('GETs base + path with the query encoded, and returns the parsed, typed body', async () => {
    server.route('GET', '/v1/places', (res) => json(res, 200, page));
    const { api } = client();
    const result = await api.get('/places', PlacesPage, {
      query: {
        commune: '93066',
        services: ['wifi', 'aide administrative'],
        near: [48.9, 2.35],
        open: true,
        page: 2,
        q: undefined,
        empty: [],
      },
    });
    // Inferred type: a compile error here would mean the schema's output type is lost.
    const name: string = result.items[0]!.name;
    assert.equal(name, 'Médiathèque');
    assert.deepEqual(result, page);
    const [hit] = server.hits;
    const url = new URL(hit!.url, server.origin);
    assert.equal(url.pathname, '/v1/places');
    assert.deepEqual(
      [...url.searchParams],
      [
        ['commune', '93066'],
        ['services', 'wifi,aide administrative'],
        ['near', '48.9,2.35'],
        ['open', 'true'],
        ['page', '2'],
      ],
    );
    assert.match(hit!.headers.accept ?? '', /application\/json/);
    assert.equal(hit!.headers['content-type'], undefined, 'a GET without body has no Content-Type (no CORS preflight)');
  });

  it('sends the client headers and per-request headers; a caller may replace Accept', async () => {
    server.route('GET', '/v1/h', (res) => json(res, 200, {}));
    const { api } = client({ headers: { 'X-Widget': 'finder', Accept: 'application/geo+json' } });
    await api.get('/h', z.object({}), { headers: { 'x-request': 'r1' } });
    const { headers } = server.hits[0]!;
    assert.equal(headers['x-widget'], 'finder');
    assert.equal(headers['x-request'], 'r1');
    assert.equal(headers.accept, 'application/geo+json');
  });

  it('POSTs the body as JSON and parses the answer', async () => {
    server.route('POST', '/v1/registrations', (res) => json(res, 201, { id: 'r-42' }));
    const { api } = client();
    const created = await api.post('registrations', { email: 'a@b.fr', webinar: 'w1' }, z.object({ id: z.string() }));
    assert.equal(created.id, 'r-42');
    const [hit] = server.hits;
    assert.equal(hit!.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(hit!.body), { email: 'a@b.fr', webinar: 'w1' });
    assert.equal(hit!.headers['idempotency-key'], undefined);
  });

  it('parses a 204 as undefined (accepted by z.undefined, rejected by an object schema)', async () => {
    server.route('DELETE', '/v1/registrations/r-42', (res) => void res.writeHead(204).end());
    const { api } = client();
    assert.equal(await api.delete('/registrations/r-42', z.undefined()), undefined);
    const error = await rejection(api.delete('/registrations/r-42', z.object({ ok: z.boolean() })), InvalidResponseError);
    assert.equal(error.status, 204);
    assert.deepEqual(
      error.issues.map((i) => [i.path, i.code]),
      [['', 'invalid_type']],
    );
  });

  it('accepts an explicit type argument (the API the widgets code against)', async () => {
    server.route('GET', '/v1/places', (res) => json(res, 200, page));
    const { api } = client();
    const result = await api.get<PlacesPage>('/places', PlacesPage);
    assert.equal(result.total, 1);
  });

  it('getJson fetches any URL with the same parsing', async () => {
    server.route('GET', '/static/lieux.json', (res) => json(res, 200, page));
    const result = await getJson(`${server.origin}/static/lieux.json`, PlacesPage);
    assert.equal(result.items[0]!.id, 'p1');
  });

  it('resolves a relative base URL against the page location', async () => {
    server.route('GET', '/v1/places', (res) => json(res, 200, page));
    const g = globalThis as { location?: unknown };
    g.location = { href: `${server.origin}/communes/saint-denis/mediation.html` };
    try {
      const api = createApiClient({ baseUrl: '/v1' });
      assert.deepEqual(await api.get('places', PlacesPage), page);
      assert.equal(server.hits[0]!.url, '/v1/places');
    } finally {
      delete g.location;
    }
  });
});

describe('invalid responses', () => {
  it('rejects a body that is not JSON with an invalid_json issue, without retrying', async () => {
    server.route('GET', '/v1/places', (res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Portail captif</title>');
    });
    const { api } = client();
    const error = await rejection(api.get('/places', PlacesPage), InvalidResponseError);
    assert.equal(error.kind, 'invalid');
    assert.equal(error.issues.length, 1);
    assert.equal(error.issues[0]!.code, 'invalid_json');
    assert.match(error.issues[0]!.message, /text\/html/);
    assert.equal(server.hits.length, 1);
  });

  it('rejects a body that does not match the schema, listing every issue with its path', async () => {
    server.route('GET', '/v1/places', (res) =>
      json(res, 200, {
        items: [
          { id: 'p1', name: 'A', tags: [] },
          { id: 2, name: 'B', tags: ['x', 3] },
        ],
        total: '2',
      }),
    );
    const { api } = client();
    const error = await rejection(api.get('/places', PlacesPage), InvalidResponseError);
    assert.deepEqual(error.issues.map((i) => i.path).sort(), ['items.1.id', 'items.1.tags.1', 'total']);
    const id = error.issues.find((i) => i.path === 'items.1.id')!;
    assert.equal(id.message, 'expected string, received number');
    assert.match(error.message, /items\.1\.id: expected string/);
    assert.equal(error.url, `${server.origin}/v1/places`);
    assert.equal(server.hits.length, 1, 'a wrong body is not retried');
  });
});

describe('HTTP errors', () => {
  it('parses a problem+json body into HttpError.problem', async () => {
    const problem = {
      type: 'https://npt.example/problems/validation',
      title: 'Données invalides',
      status: 422,
      detail: 'Le formulaire contient 1 erreur.',
      errors: [{ path: 'contact.email', message: 'Adresse électronique invalide' }],
    };
    server.route('POST', '/v1/participations', (res) => json(res, 422, problem, 'application/problem+json'));
    const { api } = client();
    const error = await rejection(api.post('/participations', {}, z.object({ id: z.string() }), { idempotencyKey: 'k1' }), HttpError);
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 422);
    assert.deepEqual(error.problem, problem);
    assert.match(error.message, /422.*Données invalides/);
  });

  it('leaves problem undefined when the error body is not problem details', async () => {
    server.route('GET', '/v1/html-error', (res) => {
      res.writeHead(400, { 'content-type': 'text/html' });
      res.end('<h1>Bad Request</h1>');
    });
    const { api } = client();
    const error = await rejection(api.get('/html-error', z.unknown()), HttpError);
    assert.equal(error.status, 400);
    assert.equal(error.problem, undefined);
  });

  for (const status of [400, 401, 403, 404, 409, 422, 501]) {
    it(`does not retry a ${status}`, async () => {
      server.route('GET', '/v1/r', (res) => json(res, status, { title: `status ${status}` }));
      const { api, waits } = client();
      const error = await rejection(api.get('/r', z.unknown()), HttpError);
      assert.equal(error.status, status);
      assert.equal(error.attempts, 1);
      assert.equal(server.hits.length, 1);
      assert.deepEqual(waits, []);
    });
  }
});

describe('retries', () => {
  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries a GET after a ${status} and returns the later success`, async () => {
      server.route('GET', '/v1/r', (res, n) => (n < 3 ? json(res, status, { title: 'busy' }) : json(res, 200, page)));
      const { api, waits } = client();
      assert.deepEqual(await api.get('/r', PlacesPage), page);
      assert.equal(server.hits.length, 3);
      assert.equal(waits.length, 2);
    });
  }

  it('gives up after 1 + retries attempts with the last error', async () => {
    server.route('GET', '/v1/r', (res, n) => json(res, 500, { title: `échec ${n}` }, 'application/problem+json'));
    const { api } = client({ retries: 3 });
    const error = await rejection(api.get('/r', z.unknown()), HttpError);
    assert.equal(server.hits.length, 4);
    assert.equal(error.attempts, 4);
    assert.equal(error.problem?.title, 'échec 4');
  });

  it('honours a per-request retries override (0: one attempt)', async () => {
    server.route('GET', '/v1/r', (res) => json(res, 503, { title: 'busy' }));
    const { api } = client();
    await rejection(api.get('/r', z.unknown(), { retries: 0 }), HttpError);
    assert.equal(server.hits.length, 1);
  });

  it('retries a GET after a dropped connection (network error)', async () => {
    server.route('GET', '/v1/r', (res, n) => (n < 3 ? void res.socket?.destroy() : json(res, 200, page)));
    const { api } = client();
    assert.deepEqual(await api.get('/r', PlacesPage), page);
    assert.equal(server.hits.length, 3);
  });

  it('rejects with a NetworkError after every attempt is refused', async () => {
    const port = await closedPort();
    const { api, waits } = client({ baseUrl: `http://127.0.0.1:${port}/v1` });
    const error = await rejection(api.get('/places', PlacesPage), NetworkError);
    assert.equal(error.kind, 'network');
    assert.equal(error.attempts, 3);
    assert.equal(waits.length, 2);
    assert.ok(error.cause, 'the fetch failure is kept as the cause');
  });

  it('never retries a POST without Idempotency-Key (neither HTTP 503 nor a dropped connection)', async () => {
    server.route('POST', '/v1/a', (res) => json(res, 503, { title: 'busy' }));
    server.route('POST', '/v1/b', (res) => void res.socket?.destroy());
    const { api, waits } = client();
    await rejection(api.post('/a', { x: 1 }, z.unknown()), HttpError);
    await rejection(api.post('/b', { x: 1 }, z.unknown()), NetworkError);
    assert.equal(server.hitsOf('POST', '/v1/a').length, 1);
    assert.equal(server.hitsOf('POST', '/v1/b').length, 1);
    assert.deepEqual(waits, []);
  });

  it('retries a POST that carries an Idempotency-Key, sending the same key and body each time', async () => {
    server.route('POST', '/v1/registrations', (res, n) =>
      n === 1 ? void res.socket?.destroy() : n === 2 ? json(res, 503, { title: 'busy' }) : json(res, 201, { id: 'r-1' }),
    );
    const { api } = client();
    const created = await api.post('/registrations', { email: 'a@b.fr' }, z.object({ id: z.string() }), { idempotencyKey: 'key-123' });
    assert.equal(created.id, 'r-1');
    assert.equal(server.hits.length, 3);
    assert.deepEqual(
      server.hits.map((h) => h.headers['idempotency-key']),
      ['key-123', 'key-123', 'key-123'],
    );
    assert.deepEqual(new Set(server.hits.map((h) => h.body)), new Set(['{"email":"a@b.fr"}']));
  });

  it('retries a DELETE only with an Idempotency-Key', async () => {
    server.route('DELETE', '/v1/x', (res) => json(res, 503, { title: 'busy' }));
    const { api } = client({ retries: 1 });
    await rejection(api.delete('/x', z.undefined()), HttpError);
    assert.equal(server.hits.length, 1);
    await rejection(api.delete('/x', z.undefined(), { idempotencyKey: 'd1' }), HttpError);
    assert.equal(server.hits.length, 3);
  });
});

describe('backoff', () => {
  it('grows exponentially with full jitter, capped by maxBackoffMs', async () => {
    server.route('GET', '/v1/r', (res) => json(res, 503, { title: 'busy' }));
    const { api, waits } = client({ retries: 5, backoffMs: 100, maxBackoffMs: 1000, random: () => 0.999 });
    await rejection(api.get('/r', z.unknown()), HttpError);
    // Ceilings 100, 200, 400, 800, then capped at 1000; floor(0.999 × ceiling).
    assert.deepEqual(waits, [99, 199, 399, 799, 999]);
  });

  it('draws each wait uniformly below its ceiling (full jitter, not equal jitter)', async () => {
    server.route('GET', '/v1/r', (res) => json(res, 503, { title: 'busy' }));
    const draws = [0, 0.25, 0.5];
    const { api, waits } = client({ retries: 3, backoffMs: 400, maxBackoffMs: 10_000, random: () => draws.shift()! });
    await rejection(api.get('/r', z.unknown()), HttpError);
    assert.deepEqual(waits, [0, 200, 800]);
  });

  it('really waits with the default sleep (Math.random jitter within bounds)', async () => {
    server.route('GET', '/v1/r', (res) => json(res, 503, { title: 'busy' }));
    const api = createApiClient({ baseUrl: `${server.origin}/v1`, backoffMs: 40, random: () => 0.99 });
    const start = performance.now();
    await rejection(api.get('/r', z.unknown()), HttpError);
    const elapsed = performance.now() - start;
    // Waits of floor(0.99 × 40) + floor(0.99 × 80) = 39 + 79 ms between the three attempts.
    assert.ok(elapsed >= 115, `waited ${elapsed} ms`);
    assert.equal(server.hits.length, 3);
  });
});

describe('Retry-After', () => {
  it('waits the seconds the server asks for instead of the backoff', async () => {
    server.route('GET', '/v1/r', (res, n) =>
      n === 1 ? json(res, 429, { title: 'slow down' }, 'application/problem+json', { 'retry-after': '2' }) : json(res, 200, page),
    );
    const { api, waits } = client();
    await api.get('/r', PlacesPage);
    assert.deepEqual(waits, [2000]);
  });

  it('reads an HTTP date against the injected clock', async () => {
    const now = Date.UTC(2026, 0, 15, 10, 0, 0);
    const date = new Date(now + 3000).toUTCString();
    server.route('GET', '/v1/r', (res, n) =>
      n === 1 ? json(res, 503, { title: 'maintenance' }, 'application/json', { 'retry-after': date }) : json(res, 200, page),
    );
    const { api, waits } = client({ now: () => now });
    await api.get('/r', PlacesPage);
    assert.deepEqual(waits, [3000]);
  });

  it('caps Retry-After at maxBackoffMs and exposes it on the final error', async () => {
    server.route('GET', '/v1/r', (res) => json(res, 429, { title: 'slow down' }, 'application/json', { 'retry-after': '120' }));
    const { api, waits } = client({ maxBackoffMs: 2500 });
    const error = await rejection(api.get('/r', z.unknown()), HttpError);
    assert.deepEqual(waits, [2500, 2500]);
    assert.equal(error.retryAfterMs, 120_000);
  });

  it('falls back to the backoff when Retry-After is unreadable', async () => {
    server.route('GET', '/v1/r', (res, n) =>
      n === 1 ? json(res, 503, { title: 'x' }, 'application/json', { 'retry-after': 'soon' }) : json(res, 200, page),
    );
    const { api, waits } = client({ backoffMs: 300, random: () => 0.5 });
    await api.get('/r', PlacesPage);
    assert.deepEqual(waits, [150]);
  });
});

describe('timeouts', () => {
  it('rejects with a TimeoutError when the server does not answer in time', async () => {
    server.route('GET', '/v1/slow', () => {}); // never answers
    const { api } = client({ retries: 0 });
    const start = performance.now();
    const error = await rejection(api.get('/slow', z.unknown(), { timeoutMs: 80 }), TimeoutError);
    const elapsed = performance.now() - start;
    assert.equal(error.kind, 'timeout');
    assert.equal(error.timeoutMs, 80);
    assert.ok(elapsed >= 75 && elapsed < 3000, `took ${elapsed} ms`);
  });

  it('applies the timeout to each attempt and retries a GET after it', async () => {
    server.route('GET', '/v1/slow', (res, n) => (n < 3 ? undefined : json(res, 200, page)));
    const { api } = client({ timeoutMs: 60 });
    assert.deepEqual(await api.get('/slow', PlacesPage), page);
    assert.equal(server.hits.length, 3);
  });

  it('covers the body too: headers sent, then the body stalls', async () => {
    server.route('GET', '/v1/stall', (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items": [');
    });
    const { api } = client({ retries: 0, timeoutMs: 80 });
    await rejection(api.get('/stall', PlacesPage), TimeoutError);
  });
});

describe('abort', () => {
  it('does not send anything when the signal is already aborted', async () => {
    server.route('GET', '/v1/r', (res) => json(res, 200, page));
    const { api } = client();
    const reason = new Error('user left');
    const error = await rejection(api.get('/r', PlacesPage, { signal: AbortSignal.abort(reason) }), AbortedError);
    assert.equal(error.kind, 'aborted');
    assert.equal(error.attempts, 0);
    assert.equal(error.cause, reason);
    assert.equal(server.hits.length, 0);
  });

  it('stops a request in flight at once and does not retry it', async () => {
    server.route('GET', '/v1/slow', () => {});
    const { api } = client();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const start = performance.now();
    await rejection(api.get('/slow', z.unknown(), { signal: controller.signal, timeoutMs: 5000 }), AbortedError);
    assert.ok(performance.now() - start < 3000, 'well before the 5 s timeout');
    assert.equal(server.hits.length, 1);
  });

  it('stops the wait before a retry at once (default sleep)', async () => {
    server.route('GET', '/v1/r', (res) => json(res, 503, { title: 'busy' }, 'application/json', { 'retry-after': '30' }));
    const api = createApiClient({ baseUrl: `${server.origin}/v1`, maxBackoffMs: 60_000 });
    const controller = new AbortController();
    const pending = api.get('/r', z.unknown(), { signal: controller.signal });
    while (server.hits.length === 0) await new Promise((r) => setTimeout(r, 5));
    const start = performance.now();
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending, AbortedError);
    assert.ok(performance.now() - start < 3000, 'the 30 s Retry-After wait was cut short');
    assert.equal(error.attempts, 1);
    assert.equal(server.hits.length, 1);
  });
});

describe('errors', () => {
  it('are ApiErrors with a kind, a name that survives minification, the URL and the method', async () => {
    server.route('POST', '/v1/e', (res) => json(res, 409, { title: 'Conflit' }, 'application/problem+json'));
    const { api } = client();
    const error = await rejection(api.post('/e', {}, z.unknown()), HttpError);
    assert.ok(error instanceof ApiError);
    assert.ok(isApiError(error));
    assert.ok(!isApiError(new Error('x')));
    assert.equal(error.name, 'HttpError');
    assert.equal(error.method, 'POST');
    assert.equal(error.url, `${server.origin}/v1/e`);
  });
});
