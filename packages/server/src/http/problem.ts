// Errors as RFC 9457 problem details (`application/problem+json`), never with a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problemType, type Problem, type ProblemKind } from '@npt/contract';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

// The problem kinds and their `type` URIs live in the contract, which the widgets read too.
export { problemType, type ProblemKind } from '@npt/contract';

/** Any route's reply, whatever its typed schema: these helpers send text the route has already shaped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyReply = FastifyReply<any, any, any, any, any, any, any, any>;

export function sendProblem(reply: AnyReply, status: number, kind: ProblemKind, title: string, extra: Partial<Problem> = {}): void {
  const body: Problem = { type: problemType(kind), title, status, ...extra };
  reply.code(status).type(PROBLEM_TYPE).send(JSON.stringify(body));
}

/** Sends an answer stored as {status, body} (idempotent replays): problem+json for errors, JSON otherwise. */
export function sendAnswer(reply: AnyReply, answer: { status: number; body: unknown }): void {
  reply
    .code(answer.status)
    .type(answer.status >= 400 ? PROBLEM_TYPE : 'application/json; charset=utf-8')
    .send(JSON.stringify(answer.body));
}

const BY_CODE: Record<string, [number, ProblemKind, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload-too-large', 'Request body too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'Unsupported media type: send application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'validation', 'Invalid Content-Length'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'validation', 'Empty JSON body'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'validation', 'Malformed JSON body'],
  // Raised by the router before any route (app.ts passes them here as frameworkErrors): a path segment
  // that is not valid percent-encoding, or longer than any id the routes accept.
  FST_ERR_BAD_URL: [400, 'validation', 'Malformed URL'],
  FST_ERR_MAX_PARAM_LENGTH: [400, 'validation', 'A path parameter is too long'],
};

/** The app's error handler: every error a client can cause becomes a 4xx problem; the rest a bare 500. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const errors = error.validation.flatMap((issue) => {
      const prefix = [where === 'body' ? '' : where, ...issue.instancePath.split('/')];
      const keys = (issue.params as { keys?: unknown })?.keys;
      // One entry per unknown key, so that a client can point at each.
      const leaves = issue.keyword === 'unrecognized_keys' && Array.isArray(keys) ? keys.map((k) => [...prefix, String(k)]) : [prefix];
      return leaves.map((p) => ({ path: p.filter(Boolean).join('.') || where, message: issue.message ?? 'invalid' }));
    });
    const label = { body: 'request body', querystring: 'query string', headers: 'request headers', params: 'path' }[where] ?? where;
    return sendProblem(reply, 400, 'validation', 'Invalid request', {
      detail: `Invalid ${label}: it does not match the API contract.`,
      errors,
    });
  }
  const known = error.code ? BY_CODE[error.code] : undefined;
  if (known) return sendProblem(reply, known[0], known[1], known[2]);
  if (error.code === 'FST_UNDER_PRESSURE') {
    // @fastify/under-pressure has set Retry-After.
    return sendProblem(reply, 503, 'overloaded', 'Server overloaded, retry shortly', {
      detail: 'The server is shedding load; retry after the Retry-After delay.',
    });
  }
  if (error.statusCode === 429) {
    return sendProblem(reply, 429, 'rate-limited', 'Too many requests', { detail: error.message });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Parser errors and the like: their messages say what was wrong with the request, nothing internal.
    return sendProblem(reply, error.statusCode, error.statusCode === 404 ? 'not-found' : 'validation', error.message || 'Bad request');
  }
  request.log.error({ err: error }, 'request failed');
  return sendProblem(reply, 500, 'internal', 'Internal server error');
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
  return sendProblem(reply, 404, 'not-found', 'Not found', { instance: request.url.split('?')[0] });
}
