import * as z from 'zod/mini';
import { email, instant, INSEE_PATTERN, paragraphs, text } from './text.js';
import { AntispamSchema } from './antispam.js';
import { compactSiret, isValidSiret } from './siret.js';
import { isFrenchPhone, normalisePhone } from './phone.js';
import {
  MAX_PARTNERS,
  missingForComponents,
  PARTICIPATION_COMPONENTS,
  PRESCRIBER_KINDS,
  STRUCTURE_STATUSES,
} from './participation-rules.js';
// One set of limits with the simulator's inputs.
import { MAX_PEOPLE_PER_YEAR, MAX_PROJECT_COST } from '../limits.js';

/** The three components of the programme a commune can join (DOMAIN.md). */
export const ParticipationComponentSchema = z.enum(PARTICIPATION_COMPONENTS);
/** "places": mediation places; "equipment": digital equipment; "support": support towards digital autonomy. */
export type ParticipationComponent = z.infer<typeof ParticipationComponentSchema>;

const people = z.int().check(z.gte(0), z.lte(MAX_PEOPLE_PER_YEAR));

/** A French phone number in any usual form, stored as "01 23 45 67 89". */
export const frenchPhone = () =>
  z.string().check(z.trim(), z.refine(isFrenchPhone, 'Invalid French phone number'), z.overwrite(normalisePhone));

/** A SIRET with a valid key (spaces and dots allowed when typed), stored as its 14 digits. */
export const siret = () => z.string().check(z.refine(isValidSiret, 'Invalid SIRET'), z.overwrite(compactSiret));

/** A prescriber the commune has identified: trained to spot digital exclusion and send people to a structure. */
export const PrescriberSchema = z.strictObject({
  organisation: text(200),
  kind: z.enum(PRESCRIBER_KINDS),
  /** The prescriber's contact e-mail. */
  email: email(),
});
export type Prescriber = z.infer<typeof PrescriberSchema>;

/** A mediation structure engaged in the commune's pathway, paid per person supported. */
export const StructureSchema = z.strictObject({
  name: text(200),
  status: z.enum(STRUCTURE_STATUSES),
  siret: siret(),
  /** Postal address of the place people go to. */
  address: text(300),
  /** People the structure expects to support per year. */
  peoplePerYear: people,
});
export type Structure = z.infer<typeof StructureSchema>;

/**
 * A commune's application to join "Numérique pour tous" (`POST /v1/participations`, with an
 * `Idempotency-Key` header). Strict: an unknown key is a 400. The same schema validates the form and the
 * server; the server additionally checks that the commune is one of the Métropole.
 */
export const ParticipationRequestSchema = z
  .strictObject({
    /** Code INSEE of the applying commune; the server accepts only communes of the Métropole. */
    communeCode: z.string().check(z.regex(INSEE_PATTERN)),
    /** Who signs the application for the commune (usually the mayor or a deputy). */
    signerName: text(200),
    /** Their office, e.g. "Maire", "Adjointe au numérique". */
    signerRole: text(200),
    /** Name of the person the Métropole contacts. */
    contactName: text(200),
    /** Their role in the commune, e.g. "Chargée de mission inclusion numérique". */
    role: text(200),
    email: email(),
    /** French formats accepted ("01 23 45 67 89", "+33 1 23 45 67 89", "0123456789"), stored as "01 23 45 67 89". */
    phone: frenchPhone(),
    /** Components the commune joins: at least one, each at most once. */
    components: z.array(ParticipationComponentSchema).check(
      z.minLength(1),
      z.refine((list) => new Set(list).size === list.length, { message: 'Each component at most once' }),
    ),
    /** People the commune expects to support, by year of the funding rules ("2024": 120…); required with "support". */
    expectedPeople: z.optional(z.record(z.string().check(z.regex(/^\d{4}$/)), people)),
    /** Prescribers identified (component "support"). */
    prescribers: z.optional(z.array(PrescriberSchema).check(z.maxLength(MAX_PARTNERS))),
    /** Mediation structures engaged (component "support"). */
    structures: z.optional(z.array(StructureSchema).check(z.maxLength(MAX_PARTNERS))),
    /** What the places/equipment project is; required with "places" or "equipment". */
    projectDescription: z.optional(paragraphs(2000)),
    /** Estimated cost in euros of the places/equipment project; required with "places" or "equipment". */
    projectCost: z.optional(z.number().check(z.gte(0), z.lte(MAX_PROJECT_COST))),
    /** Free comments. */
    message: z.optional(paragraphs(5000, { allowEmpty: true })),
    /** The contact has read the data-protection notice and agrees that the Métropole processes these data to handle the application. */
    consent: z.literal(true),
    antispam: AntispamSchema,
  })
  .check(
    z.superRefine((value, ctx) => {
      for (const path of missingForComponents(value)) {
        ctx.issues.push({ code: 'custom', path: [path], message: 'Required for the chosen components', input: undefined });
      }
    }),
  );
export type ParticipationRequest = z.infer<typeof ParticipationRequestSchema>;

/** The server's answer to an accepted application. */
export const ParticipationReceiptSchema = z.object({
  /** Human-readable reference to quote in any exchange, e.g. "NPT-2026-000123". */
  reference: z.string().check(z.regex(/^NPT-\d{4}-\d{6}$/)),
  receivedAt: instant(),
});
export type ParticipationReceipt = z.infer<typeof ParticipationReceiptSchema>;
