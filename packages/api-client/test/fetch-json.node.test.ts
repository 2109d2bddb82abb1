// fetchJson: the client's transport (timeouts, retries, typed errors) for callers that check the body
// themselves, and the hand-written problem+json reader that keeps zod out of their bundles.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpError, InvalidResponseError, fetchJson } from '../src/index.js';
import { parseProblem } from '../src/request.js';
import { json, useTestServer } from './http-server.js';

const server = useTestServer();

const noWait = { sleep: async () => {}, random: () => 0 };

describe('fetchJson', () => {
  it('returns the JSON body unchecked, whatever its shape', async () => {
    server.route('GET', '/places.json', (res) => json(res, 200, [{ nom: 'Médiathèque' }, 42, null]));
    assert.deepEqual(await fetchJson(`${server.origin}/places.json`), [{ nom: 'Médiathèque' }, 42, null]);
  });

  it('retries a 503 and then succeeds, like any GET of the client', async () => {
    server.route('GET', '/flaky.json', (res, n) =>
      n < 3 ? json(res, 503, { title: 'busy' }, 'application/problem+json') : json(res, 200, { ok: true }),
    );
    assert.deepEqual(await fetchJson(`${server.origin}/flaky.json`, { ...noWait, retries: 2 }), { ok: true });
    assert.equal(server.hitsOf('GET', '/flaky.json').length, 3);
  });

  it('does not retry a 404 and gives the server problem', async () => {
    server.route('GET', '/gone.json', (res) => json(res, 404, { title: 'Introuvable', status: 404 }, 'application/problem+json'));
    const error = await fetchJson(`${server.origin}/gone.json`, noWait).catch((e: unknown) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.problem?.title, 'Introuvable');
    assert.equal(server.hitsOf('GET', '/gone.json').length, 1);
  });

  it('rejects a body that is not JSON with an InvalidResponseError', async () => {
    server.route('GET', '/broken.json', (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[{"nom": ');
    });
    const error = await fetchJson(`${server.origin}/broken.json`, noWait).catch((e: unknown) => e);
    assert.ok(error instanceof InvalidResponseError);
    assert.equal(error.issues[0]?.code, 'invalid_json');
  });
});

describe('parseProblem', () => {
  it('reads an RFC 9457 body with field errors', () => {
    assert.deepEqual(
      parseProblem(JSON.stringify({ title: 'Bad', status: 400, errors: [{ path: 'email', message: 'invalide' }], extra: 1 })),
      {
        title: 'Bad',
        status: 400,
        errors: [{ path: 'email', message: 'invalide' }],
        extra: 1,
      },
    );
  });
  it('ignores bodies that are not problems, and drops ill-typed members', () => {
    assert.equal(parseProblem('not json'), undefined);
    assert.equal(parseProblem('[]'), undefined);
    assert.equal(parseProblem(JSON.stringify({ detail: 'no title' })), undefined);
    assert.deepEqual(parseProblem(JSON.stringify({ title: 'T', status: 'x', detail: 3, errors: [{ path: 1 }] })), { title: 'T' });
  });
});
