import * as z from 'zod/mini';

/**
 * Funding rules of "Numérique pour tous", as data: the server serves them (overridable by configuration)
 * and the widgets bundle these defaults as a fallback. Source: the programme's page (DOMAIN.md).
 */
export const FundingYearRuleSchema = z.object({
  year: z.int().check(z.gte(2000), z.lte(2100)),
  /** Euros paid to the mediation structures per person supported. */
  perPerson: z.number().check(z.gte(0)),
  /** Most people counted that year. */
  maxPeople: z.int().check(z.gte(0)),
});
export type FundingYearRule = z.infer<typeof FundingYearRuleSchema>;

export const ProjectRuleSchema = z.object({
  /** Share of a places/equipment project's cost paid by the "Fonds Innover dans la Ville" (0..1). */
  share: z.number().check(z.gte(0), z.lte(1)),
  /** Ceiling of the grant per project, in euros. */
  max: z.number().check(z.gte(0)),
});
export type ProjectRule = z.infer<typeof ProjectRuleSchema>;

export const CapScopeSchema = z.enum(['programme', 'commune']);
export type CapScope = z.infer<typeof CapScopeSchema>;

export const FundingRulesSchema = z.object({
  /** Per-person support (component 3), one rule per year, in increasing order of year. */
  years: z.array(FundingYearRuleSchema).check(z.minLength(1)),
  /** Places and equipment projects (components 1 and 2). */
  project: ProjectRuleSchema,
  /**
   * What the yearly maximum applies to. The programme's page does not say; the natural reading is one
   * envelope for the whole Métropole ("programme"), so a commune can never count more than that.
   */
  capScope: z._default(CapScopeSchema, 'programme'),
});
export type FundingRules = z.infer<typeof FundingRulesSchema>;
