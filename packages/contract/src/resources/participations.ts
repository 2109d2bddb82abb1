import * as z from 'zod/mini';
import { email, instant, INSEE_PATTERN, PHONE_PATTERN, text } from './text.js';

/** The three components of the programme a commune can join (DOMAIN.md). */
export const PARTICIPATION_COMPONENTS = ['places', 'equipment', 'support'] as const;
export const ParticipationComponentSchema = z.enum(PARTICIPATION_COMPONENTS);
/** "places": mediation places; "equipment": digital equipment; "support": support towards digital autonomy. */
export type ParticipationComponent = z.infer<typeof ParticipationComponentSchema>;

const people = z.int().check(z.gte(0), z.lte(1_000_000));

/**
 * A commune's application to join "Numérique pour tous" (`POST /v1/participations`, with an
 * `Idempotency-Key` header). Strict: an unknown key is a 400. The participation-form issue refines it.
 */
export const ParticipationRequestSchema = z.strictObject({
  /** Code INSEE of the applying commune; the server accepts only communes of the Métropole. */
  communeCode: z.string().check(z.regex(INSEE_PATTERN)),
  /** Name of the person the Métropole contacts. */
  contactName: text(200),
  /** Their role in the commune, e.g. "Chargée de mission inclusion numérique". */
  role: text(200),
  email: email(),
  phone: z.string().check(z.trim(), z.regex(PHONE_PATTERN)),
  /** Components the commune joins: at least one, each at most once. */
  components: z.array(ParticipationComponentSchema).check(
    z.minLength(1),
    z.refine((list) => new Set(list).size === list.length, { message: 'Each component at most once' }),
  ),
  /** People the commune expects to support, per year (component 3). */
  expectedPeople: z.strictObject({ 2024: people, 2025: people, 2026: people }),
  /** Cost in euros of the places/equipment project, if any (components 1 and 2). */
  projectCost: z.optional(z.number().check(z.gte(0), z.lte(100_000_000))),
  message: z.optional(z.string().check(z.trim(), z.maxLength(5000))),
  /** The contact agrees that the Métropole processes these data to handle the application. */
  consent: z.literal(true),
});
export type ParticipationRequest = z.infer<typeof ParticipationRequestSchema>;

/** The server's answer to an accepted application. */
export const ParticipationReceiptSchema = z.object({
  /** Human-readable reference to quote in any exchange, e.g. "NPT-2026-000123". */
  reference: z.string().check(z.regex(/^NPT-\d{4}-\d{6}$/)),
  receivedAt: instant(),
});
export type ParticipationReceipt = z.infer<typeof ParticipationReceiptSchema>;
