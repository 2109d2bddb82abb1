// What an application asks for, as plain data and functions without zod: the form reads them without
// loading the schemas (which it loads apart, to validate).

/** The three components of the programme a commune can join (DOMAIN.md). */
export const PARTICIPATION_COMPONENTS = ['places', 'equipment', 'support'] as const;

/** Kinds of prescriber: CCAS, La Poste, social landlord, mission locale, France Services, other. */
export const PRESCRIBER_KINDS = ['ccas', 'la-poste', 'bailleur-social', 'mission-locale', 'france-services', 'autre'] as const;
export type PrescriberKind = (typeof PRESCRIBER_KINDS)[number];
/** A mediation structure is public (town hall, CCAS, mission locale…) or an association. */
export const STRUCTURE_STATUSES = ['public', 'associative'] as const;
export type StructureStatus = (typeof STRUCTURE_STATUSES)[number];

/** Most prescribers, and most structures, in one application. */
export const MAX_PARTNERS = 50;

/** Whether the components call for a places/equipment project (description and cost). */
export const hasProject = (components: readonly string[]) => components.includes('places') || components.includes('equipment');

/**
 * The fields the chosen components make required and that are missing: `expectedPeople` with "support",
 * `projectDescription` and `projectCost` with "places" or "equipment". The schema and the form both ask.
 */
export function missingForComponents(value: {
  components: readonly string[];
  expectedPeople?: unknown;
  projectDescription?: unknown;
  projectCost?: unknown;
}): string[] {
  const missing: string[] = [];
  if (value.components.includes('support') && value.expectedPeople === undefined) missing.push('expectedPeople');
  if (hasProject(value.components)) {
    if (value.projectDescription === undefined) missing.push('projectDescription');
    if (value.projectCost === undefined) missing.push('projectCost');
  }
  return missing;
}
