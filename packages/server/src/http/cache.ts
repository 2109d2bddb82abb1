// Conditional GET: a strong ETag from the body's hash, `Cache-Control` chosen per route, and 304 Not
// Modified when the client (browser or CDN) already has this body.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AnyReply } from './problem.js';

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`;

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** Sends a JSON (or other) text body with ETag and Cache-Control, or a 304 when it matches If-None-Match. */
export function sendCached(
  request: FastifyRequest,
  reply: AnyReply,
  body: string,
  cacheControl: string,
  contentType = 'application/json; charset=utf-8',
  /** A validator computed without reading the body (e.g. from a data version), when hashing it would cost more. */
  etag = etagOf(body),
): void {
  reply.header('ETag', etag).header('Cache-Control', cacheControl);
  if (matches(request.headers['if-none-match'], etag)) reply.code(304).send();
  else reply.type(contentType).send(body);
}
