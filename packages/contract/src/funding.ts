import type { CapScope, FundingRules, ProjectRule } from './funding-rules.js';

// The computation is kept apart from the schemas so that a widget can compute without loading zod.

export const DEFAULT_FUNDING_RULES: FundingRules = {
  years: [
    { year: 2024, perPerson: 100, maxPeople: 8000 },
    { year: 2025, perPerson: 70, maxPeople: 10000 },
    { year: 2026, perPerson: 50, maxPeople: 16000 },
  ],
  project: { share: 0.5, max: 200000 },
  capScope: 'programme',
};

/** The programme's years, from the bundled rules: the participation schema and the simulator ask for these. */
export const FUNDING_YEARS: readonly number[] = DEFAULT_FUNDING_RULES.years.map((y) => y.year);

/** "2024-2026": the period the rules cover. */
export const fundingPeriod = (rules: FundingRules = DEFAULT_FUNDING_RULES): string =>
  `${rules.years[0]!.year}-${rules.years[rules.years.length - 1]!.year}`;

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
