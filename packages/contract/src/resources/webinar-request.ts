// What the server reads: the list's query and the whole registration request (the form's fields, the page
// and the anti-spam fields). Its own module so that a widget importing the form's fields does not bundle it.
import * as z from 'zod/mini';
import { AntispamSchema } from './antispam.js';
import { otherNeedSaid, registrationFields } from './webinar-fields.js';

/** Query of `GET /v1/webinars`. */
export const WebinarQuerySchema = z.object({
  /** Only the sessions of this theme. */
  theme: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});

/**
 * A registration to a webinar (`POST /v1/webinars/{id}/registrations`, optionally with an
 * `Idempotency-Key`). Strict: an unknown key is a 400.
 */
export const RegistrationRequestSchema = z
  .strictObject({
    ...registrationFields,
    /**
     * The page the person registered on; the e-mails link back to it to manage the booking when its
     * origin is one the API serves (ALLOWED_ORIGINS or PUBLIC_URL), and to the API otherwise.
     */
    pageUrl: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(2000))),
    /** Honeypot and fill time (as the participation form): a bot's registration looks accepted and is never stored. */
    antispam: AntispamSchema,
  })
  .check(otherNeedSaid);
export type RegistrationRequest = z.infer<typeof RegistrationRequestSchema>;
