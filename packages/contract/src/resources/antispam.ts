import * as z from 'zod/mini';

/**
 * Anti-spam fields a public form sends with its body, checked by the server without any tracking: a
 * honeypot people never see, the time the person took, and an optional ALTCHA proof of work. A
 * submission that fails them gets an answer that looks accepted and is never stored, so a bot learns
 * nothing. The schema stays lenient on purpose: a filled honeypot must not be a 400.
 */
export const AntispamSchema = z.strictObject({
  /** Honeypot: a field hidden from people (and from assistive technologies); anything in it marks a bot. */
  website: z.optional(z.string().check(z.maxLength(1000))),
  /** Milliseconds between the form's display and its first submit (measured by the page, so clocks never disagree). */
  fillMs: z.int().check(z.gte(0), z.lte(1e12)),
  /** ALTCHA payload (base64 JSON) when the server asks for proof of work. */
  altcha: z.optional(z.string().check(z.maxLength(20_000))),
});
export type Antispam = z.infer<typeof AntispamSchema>;

/** Below this many milliseconds between display and submit, a form was filled by a machine. */
export const MIN_FILL_MS = 3000;
