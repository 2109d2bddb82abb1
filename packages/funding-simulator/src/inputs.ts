import { parseFrenchInteger, type FundingInput, type FundingRules, type ParsedInteger } from '@npt/contract';

/** What a person typed, field by field: years by their number, and the project cost. */
export interface RawInputs {
  people: Record<number, string>;
  projectCost: string;
}

export type InputError = Exclude<ParsedInteger, { ok: true }>['error'];

export interface ReadInputs {
  /** The valid values; a year left empty or in error is absent. */
  input: FundingInput;
  /** Errors by field key (`people-2024`, `project-cost`); an empty field is not an error. */
  errors: Record<string, InputError>;
  /** Years left empty. */
  emptyYears: number[];
}

/** More people than the Métropole's inhabitants is a typing error, not an estimate. */
export const MAX_PEOPLE = 10_000_000;
/** A places/equipment project of more than a billion euros is a typing error. */
export const MAX_PROJECT_COST = 1_000_000_000;

export const peopleKey = (year: number) => `people-${year}`;
export const PROJECT_COST_KEY = 'project-cost';

/** Reads the raw fields into the funding input, with an error per field that cannot be read. */
export function readInputs(raw: RawInputs, rules: FundingRules): ReadInputs {
  const errors: Record<string, InputError> = {};
  const people: Record<number, number> = {};
  const emptyYears: number[] = [];
  for (const { year } of rules.years) {
    const parsed = parseFrenchInteger(raw.people[year] ?? '', MAX_PEOPLE);
    if (parsed.ok) people[year] = parsed.value;
    else if (parsed.error === 'empty') emptyYears.push(year);
    else errors[peopleKey(year)] = parsed.error;
  }
  let projectCost: number | undefined;
  const cost = parseFrenchInteger(raw.projectCost, MAX_PROJECT_COST);
  if (cost.ok) projectCost = cost.value;
  else if (cost.error !== 'empty') errors[PROJECT_COST_KEY] = cost.error;
  return { input: { people, projectCost }, errors, emptyYears };
}

/** The inputs as URL parameters (`2024=1200`, `cost=150000`), for sharing and for the participation form. */
export function inputsToParams(raw: RawInputs): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [year, value] of Object.entries(raw.people)) out[year] = value.trim() || undefined;
  out.cost = raw.projectCost.trim() || undefined;
  return out;
}

/** The inverse of inputsToParams, keeping only the years the rules know. */
export function paramsToInputs(params: Record<string, string>, rules: FundingRules): RawInputs {
  const people: Record<number, string> = {};
  for (const { year } of rules.years) people[year] = params[String(year)] ?? '';
  return { people, projectCost: params.cost ?? '' };
}
