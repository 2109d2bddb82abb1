import type { InputError } from '../inputs.js';

/** Every text of the simulator, one implementation per language. */
export interface SimulatorStrings {
  title: string;
  intro: string;
  peopleLegend: string;
  peopleLabel: (year: number) => string;
  peopleHint: (max: string) => string;
  projectLegend: string;
  projectLabel: string;
  projectHint: (share: string, max: string) => string;
  errors: Record<InputError, string>;
  errorSummaryTitle: string;
  resultTitle: string;
  tableCaption: string;
  colYear: string;
  colPeople: string;
  colCounted: string;
  colPerPerson: string;
  colAmount: string;
  notEntered: string;
  toCorrect: string;
  cappedNote: (max: string) => string;
  total: string;
  totalPartial: string;
  assumptionProgramme: string;
  assumptionCommune: string;
  projectTitle: string;
  projectCost: string;
  projectGrant: string;
  projectRuleShare: (share: string) => string;
  projectRuleCeiling: (max: string) => string;
  noProject: string;
  rulesLoading: string;
  rulesFromApi: string;
  rulesBundled: string;
  rulesFallback: string;
  apply: string;
  submit: string;
  print: string;
  announceTotal: (total: string) => string;
  announceErrors: (n: number) => string;
  disclaimer: string;
}
