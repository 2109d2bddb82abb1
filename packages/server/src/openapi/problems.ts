// What the document says of each problem type: its status, the title the server sends, when it happens.
// Typed by the kind list, so that a new problem type cannot ship undocumented.
import type { ProblemKind } from '@npt/contract';

interface ProblemDoc {
  status: number;
  title: string;
  description: string;
  /** Members beyond type, title and status in the example. */
  example?: Record<string, unknown>;
}

export const PROBLEMS: Record<ProblemKind, ProblemDoc> = {
  validation: {
    status: 400,
    title: 'Invalid request',
    description: '`validation`: the request does not match the contract; `errors` lists each field (`path`, `message`).',
    example: {
      detail: 'Invalid request body: it does not match the API contract.',
      errors: [{ path: 'email', message: 'Invalid email address' }],
    },
  },
  unauthorized: {
    status: 401,
    title: 'A valid admin bearer token is required',
    description: '`unauthorized`: no `Authorization: Bearer` header, or not the configured token.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    description: '`not-found`: no resource with this id (or token).',
  },
  'already-registered': {
    status: 409,
    title: 'Already registered',
    description: '`already-registered`: this e-mail address already holds a live registration to this session.',
    example: { detail: 'This e-mail address is already registered to this session (see the confirmation e-mail to cancel).' },
  },
  'webinar-closed': {
    status: 409,
    title: 'Registration is closed: the session has started',
    description: '`webinar-closed`: the session has started.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Request body too large',
    description: '`payload-too-large`: the body is larger than the server accepts (BODY_LIMIT, 32 KB by default).',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type: send application/json',
    description: '`unsupported-media-type`: bodies are JSON only.',
  },
  'idempotency-key-reused': {
    status: 422,
    title: 'Idempotency-Key already used for another request',
    description: '`idempotency-key-reused`: this Idempotency-Key came before with another body; use a new key for a new request.',
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    description: '`rate-limited`: too many requests from this client; retry after `Retry-After` seconds.',
    example: { detail: 'Rate limit exceeded, retry in 1 minute' },
  },
  overloaded: {
    status: 503,
    title: 'Server overloaded, retry shortly',
    description: '`overloaded`: the server sheds load for a moment; retry after `Retry-After` seconds.',
    example: { detail: 'The server is shedding load; retry after the Retry-After delay.' },
  },
  internal: {
    status: 500,
    title: 'Internal server error',
    description: '`internal`: a fault of the server; nothing else is said.',
  },
};

/** The problem kinds answered with this status. */
export const problemsOf = (status: number): ProblemKind[] =>
  (Object.keys(PROBLEMS) as ProblemKind[]).filter((kind) => PROBLEMS[kind].status === status);
