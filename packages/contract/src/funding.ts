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

export const DEFAULT_FUNDING_RULES: FundingRules = {
  years: [
    { year: 2024, perPerson: 100, maxPeople: 8000 },
    { year: 2025, perPerson: 70, maxPeople: 10000 },
    { year: 2026, perPerson: 50, maxPeople: 16000 },
  ],
  project: { share: 0.5, max: 200000 },
  capScope: 'programme',
};

export interface FundingInput {
  /** People expected to be supported, by year; a missing year counts as nobody. */
  people: Record<number, number | undefined>;
  /** Cost of a places/equipment project in euros, if any. */
  projectCost?: number | undefined;
}

export interface FundingYearResult {
  year: number;
  /** People the commune entered. */
  people: number;
  /** People counted for funding: `people` capped at the year's maximum. */
  counted: number;
  perPerson: number;
  maxPeople: number;
  amount: number;
  /** True when `people` was over the year's maximum. */
  capped: boolean;
}

export interface ProjectResult {
  cost: number;
  grant: number;
  /** Which limit set the grant: the share of the cost, or the ceiling. */
  rule: 'share' | 'ceiling';
  share: number;
  max: number;
}

export interface FundingResult {
  years: FundingYearResult[];
  /** Sum of the yearly amounts. */
  total: number;
  project: ProjectResult | null;
  capScope: CapScope;
}

/** Rounds to the cent, so that amounts never carry binary fractions. */
const cents = (n: number) => Math.round(n * 100) / 100;

/** The funding a commune can expect from the per-person support and a places/equipment project. */
export function computeFunding(input: FundingInput, rules: FundingRules = DEFAULT_FUNDING_RULES): FundingResult {
  const years = rules.years.map((rule): FundingYearResult => {
    const people = Math.max(0, Math.floor(input.people[rule.year] ?? 0));
    const counted = Math.min(people, rule.maxPeople);
    return {
      year: rule.year,
      people,
      counted,
      perPerson: rule.perPerson,
      maxPeople: rule.maxPeople,
      amount: cents(counted * rule.perPerson),
      capped: people > rule.maxPeople,
    };
  });
  return {
    years,
    total: cents(years.reduce((sum, y) => sum + y.amount, 0)),
    project: input.projectCost === undefined ? null : computeProjectGrant(input.projectCost, rules.project),
    capScope: rules.capScope,
  };
}

/** The "Fonds Innover dans la Ville" grant: a share of the cost, at most the ceiling. */
export function computeProjectGrant(cost: number, rule: ProjectRule): ProjectResult {
  const safeCost = Math.max(0, cost);
  const byShare = cents(safeCost * rule.share);
  return byShare > rule.max
    ? { cost: safeCost, grant: rule.max, rule: 'ceiling', share: rule.share, max: rule.max }
    : { cost: safeCost, grant: byShare, rule: 'share', share: rule.share, max: rule.max };
}
