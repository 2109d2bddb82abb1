// What a person fills in to register for a webinar: the widget's form validates these and nothing more,
// so the widget's bundle never carries the request's server-side parts (see webinar-request.ts).
import * as z from 'zod/mini';
import { email, INSEE_PATTERN, text } from './text.js';

/** Who registers: the programme's audiences. */
export const WEBINAR_ROLES = ['elected-official', 'commune-staff', 'prescriber', 'mediator', 'other'] as const;
export const WebinarRoleSchema = z.enum(WEBINAR_ROLES);
export type WebinarRole = z.infer<typeof WebinarRoleSchema>;

/** Accessibility needs a person may state; `other` comes with a free-text `needsOther`. */
export const ACCESSIBILITY_NEEDS = ['captions', 'sign-language', 'other'] as const;
export const AccessibilityNeedSchema = z.enum(ACCESSIBILITY_NEEDS);
export type AccessibilityNeed = z.infer<typeof AccessibilityNeedSchema>;

/** The fields a person fills in to register (the form validates these; the request adds the rest). */
export const registrationFields = {
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
export const otherNeedSaid = z.superRefine((value: { needs?: readonly string[] | undefined; needsOther?: string | undefined }, ctx) => {
  if (value.needs?.includes('other') && !value.needsOther) {
    ctx.issues.push({ code: 'custom', path: ['needsOther'], message: 'Say which need', input: value.needsOther });
  }
});

/** The registration form's own fields, as the widget validates them before sending. */
export const RegistrationFieldsSchema = z.strictObject(registrationFields).check(otherNeedSaid);
export type RegistrationFields = z.infer<typeof RegistrationFieldsSchema>;
