import * as z from 'zod/mini';
import { email, instant, INSEE_PATTERN, text } from './text.js';
import { AntispamSchema } from './antispam.js';

/**
 * Where a session stands for a new registration: `open` (seats left), `waiting-list` (full: a new
 * registration joins the waiting list), `closed` (the session has started).
 */
export const WEBINAR_STATUSES = ['open', 'waiting-list', 'closed'] as const;
export const WebinarStatusSchema = z.enum(WEBINAR_STATUSES);
export type WebinarStatus = z.infer<typeof WebinarStatusSchema>;

/** A webinar session of the programme (`GET /v1/webinars`). */
export const WebinarSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  startsAt: instant(),
  endsAt: instant(),
  /** Theme a webmaster can filter on (`GET /v1/webinars?theme=financement`), e.g. "financement". */
  theme: z.optional(z.string()),
  /** Seats in the session. */
  capacity: z.int().check(z.gte(0)),
  /** Seats still free; 0 means a new registration goes to the waiting list. */
  seatsLeft: z.int().check(z.gte(0)),
  /** People on the waiting list. */
  waitingCount: z.int().check(z.gte(0)),
  status: WebinarStatusSchema,
});
export type Webinar = z.infer<typeof WebinarSchema>;

export const WebinarListSchema = z.array(WebinarSchema);
export type WebinarList = z.infer<typeof WebinarListSchema>;

/** Query of `GET /v1/webinars`. */
export const WebinarQuerySchema = z.object({
  /** Only the sessions of this theme. */
  theme: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});

/** Who registers: the programme's audiences. */
export const WEBINAR_ROLES = ['elected-official', 'commune-staff', 'prescriber', 'mediator', 'other'] as const;
export const WebinarRoleSchema = z.enum(WEBINAR_ROLES);
export type WebinarRole = z.infer<typeof WebinarRoleSchema>;

/** Accessibility needs a person may state; `other` comes with a free-text `needsOther`. */
export const ACCESSIBILITY_NEEDS = ['captions', 'sign-language', 'other'] as const;
export const AccessibilityNeedSchema = z.enum(ACCESSIBILITY_NEEDS);
export type AccessibilityNeed = z.infer<typeof AccessibilityNeedSchema>;

/** The fields a person fills in to register (the form validates these; the request adds the rest). */
const registrationFields = {
  firstName: text(100),
  lastName: text(100),
  email: email(),
  /** The person's organisation or commune, as typed or as picked from the list of communes. */
  organisation: text(200),
  /** Code INSEE when the organisation is a commune picked from the list. */
  communeCode: z.optional(z.string().check(z.regex(INSEE_PATTERN))),
  role: WebinarRoleSchema,
  /** Accessibility needs, each at most once. */
  needs: z.optional(
    z.array(AccessibilityNeedSchema).check(
      z.maxLength(ACCESSIBILITY_NEEDS.length),
      z.refine((list) => new Set(list).size === list.length, { message: 'Each need at most once' }),
    ),
  ),
  /** What the person needs, in their words: required with "other" in `needs`. */
  needsOther: z.optional(text(500)),
  /** The person agrees that the Métropole processes these data to run the session. */
  consent: z.literal(true),
};

/** "Other" needs say which. */
const otherNeedSaid = z.superRefine((value: { needs?: readonly string[] | undefined; needsOther?: string | undefined }, ctx) => {
  if (value.needs?.includes('other') && !value.needsOther) {
    ctx.issues.push({ code: 'custom', path: ['needsOther'], message: 'Say which need', input: value.needsOther });
  }
});

/** The registration form's own fields, as the widget validates them before sending. */
export const RegistrationFieldsSchema = z.strictObject(registrationFields).check(otherNeedSaid);
export type RegistrationFields = z.infer<typeof RegistrationFieldsSchema>;

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

export const RegistrationStatusSchema = z.enum(['registered', 'waiting']);
export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>;

/** A registration as the server returns it. The token is the only way to see or cancel it: keep it secret. */
export const RegistrationSchema = z.object({
  /** Unguessable token (in the managing link of the acknowledgement e-mail). */
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

// The managing link's parameter lives in a module without zod, so that a widget reading it does not bundle zod.
export * from './webinar-booking.js';
