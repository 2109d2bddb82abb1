/** Every text of the simulator, one implementation per language. Field errors come from @npt/ui's form messages. */
export interface SimulatorStrings {
  title: string;
  intro: string;
  peopleLegend: string;
  peopleLabel: (year: number) => string;
  peopleHint: (max: string) => string;
  projectLegend: string;
  projectLabel: string;
  /** Says what the "Fonds Innover dans la Ville" is, for someone who has never heard of it. */
  projectHint: (share: string, max: string) => string;
  /** A figure beyond the shared limits: a typing error, said as such. */
  tooLarge: string;
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
  /** Under the people counted when the yearly ceiling applies: whose ceiling it is. */
  cappedNote: (max: string, scope: 'programme' | 'commune') => string;
  total: (years: number) => string;
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
  rulesBundled: (period: string) => string;
  rulesFallback: (period: string) => string;
  apply: string;
  submit: string;
  print: string;
  /** The whole result, said after every submit and change: total over the years, and the project grant. */
  announceResult: (total: string, years: number | null, grant: string | null) => string;
  disclaimer: string;
}
