// PostgreSQL text cannot hold a NUL character, and no id, filter or token of the API contains one: a URL
// carrying %00 is refused as invalid before any route reads it (found by the fuzzer: it was a 500 on
// PostgreSQL for every session id, the theme filter and the exports).
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

export function refuseNulInUrls(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.includes('%00')) return;
    return sendProblem(reply, 400, 'validation', 'Invalid request', {
      detail: 'A URL must not contain a NUL character (%00).',
      errors: [{ path: 'url', message: 'NUL character' }],
    });
  });
}
