// The `Idempotency-Key` request header, shared by every route that accepts a retried write (routes never
// import one another).
import * as z from 'zod';

/** `Idempotency-Key`: any opaque printable token (a UUID is a good choice), at most 255 characters. */
export const IdempotencyKey = z
  .string({ error: 'The Idempotency-Key header is required' })
  .regex(/^[\x21-\x7e]{1,255}$/, 'Idempotency-Key must be 1 to 255 printable ASCII characters')
  .describe('Unique per request; retrying with the same key and body replays the first answer.');
