import * as z from 'zod/mini';
import { instant } from './text.js';

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

export {
  ACCESSIBILITY_NEEDS,
  AccessibilityNeedSchema,
  RegistrationFieldsSchema,
  WEBINAR_ROLES,
  WebinarRoleSchema,
  type AccessibilityNeed,
  type RegistrationFields,
  type WebinarRole,
} from './webinar-fields.js';
export * from './webinar-request.js';
// The managing link's parameter lives in a module without zod, so that a widget reading it does not bundle zod.
export * from './webinar-booking.js';
