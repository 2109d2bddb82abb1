import * as z from 'zod/mini';
import { email, instant, text } from './text.js';

/** A webinar session of the programme (`GET /v1/webinars`). */
export const WebinarSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  startsAt: instant(),
  endsAt: instant(),
  /** Seats in the session. */
  capacity: z.int().check(z.gte(0)),
  /** Seats still free; 0 means a new registration goes to the waiting list. */
  seatsLeft: z.int().check(z.gte(0)),
  /** People on the waiting list. */
  waitingCount: z.int().check(z.gte(0)),
});
export type Webinar = z.infer<typeof WebinarSchema>;

export const WebinarListSchema = z.array(WebinarSchema);
export type WebinarList = z.infer<typeof WebinarListSchema>;

/** A registration to a webinar (`POST /v1/webinars/{id}/registrations`). Strict: an unknown key is a 400. */
export const RegistrationRequestSchema = z.strictObject({
  name: text(200),
  email: email(),
  organisation: z.optional(text(200)),
  /** Code INSEE or name of the person's commune, free text. */
  commune: z.optional(text(200)),
  /** The person agrees to receive the e-mails about this session. */
  consent: z.literal(true),
});
export type RegistrationRequest = z.infer<typeof RegistrationRequestSchema>;

export const RegistrationStatusSchema = z.enum(['registered', 'waiting']);
export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>;

/** A registration as the server returns it. The token is the only way to see or cancel it: keep it secret. */
export const RegistrationSchema = z.object({
  /** Unguessable token (in the cancellation link of the acknowledgement e-mail). */
  token: z.string().check(z.minLength(20)),
  webinarId: z.string(),
  status: RegistrationStatusSchema,
  /** Position on the waiting list (1 = next to get a seat), only when `status` is "waiting". */
  position: z.optional(z.int().check(z.gte(1))),
  /**
   * Link to join the session, only for a registered person reading their registration by token (never in
   * the public list or calendar, which would bypass capacity and the waiting list).
   */
  joinUrl: z.optional(z.url()),
});
export type Registration = z.infer<typeof RegistrationSchema>;
