import type { SimulatorStrings } from './strings.js';

const yearsInWords = (n: number) => ['', 'one year', 'two years', 'three years', 'four years', 'five years'][n] ?? `${n} years`;

export const en: SimulatorStrings = {
  title: '“Numérique pour tous” funding simulator',
  intro: 'Estimate the funding your commune can expect from the Métropole du Grand Paris before applying. Amounts update as you type.',
  peopleLegend: 'Support towards digital autonomy: people your mediation structures expect to support',
  peopleLabel: (year) => `People supported in ${year}`,
  peopleHint: (max) => `A whole number, for example 1,200. The programme counts at most ${max} people this year, for the whole Métropole.`,
  projectLegend: 'Digital places and equipment (Fonds Innover dans la Ville), optional',
  projectLabel: 'Project cost, in euros',
  projectHint: (share, max) =>
    `The Fonds Innover dans la Ville is the Métropole’s grant for digital places and equipment projects: it pays ${share} of the cost, at most ${max} per project. A whole number of euros.`,
  tooLarge: 'This number is too large: check what you typed.',
  errorSummaryTitle: 'Some fields need correcting',
  resultTitle: 'Estimate',
  tableCaption: 'Support towards digital autonomy: estimate per year',
  colYear: 'Year',
  colPeople: 'People expected',
  colCounted: 'People counted',
  colPerPerson: 'Amount per person',
  colAmount: 'Estimated amount',
  notEntered: 'not entered',
  toCorrect: 'to correct',
  cappedNote: (max, scope) =>
    scope === 'programme'
      ? `Limited to the programme’s ceiling: at most ${max} people this year, for the whole Métropole.`
      : `Limited to each commune’s ceiling: at most ${max} people this year.`,
  total: (years) => `Total over ${yearsInWords(years)}`,
  totalPartial: 'Total of the years entered',
  assumptionProgramme:
    'Assumption: the maximum number of people per year applies to the whole programme (one yearly envelope for the whole Métropole). A commune therefore cannot count more; the actual amount also depends on the other participating communes.',
  assumptionCommune: 'Assumption: the maximum number of people per year applies to each commune.',
  projectTitle: 'Place or equipment project',
  projectCost: 'Project cost',
  projectGrant: 'Estimated grant',
  projectRuleShare: (share) => `${share} of the project cost.`,
  projectRuleCeiling: (max) => `Ceiling of ${max} per project reached.`,
  noProject: 'No project entered.',
  rulesLoading: 'Loading the programme’s amounts…',
  rulesFromApi: 'Up-to-date amounts, provided by the Métropole.',
  rulesBundled: (period) => `The programme’s amounts for ${period}, as published by the Métropole.`,
  rulesFallback: (period) => `The up-to-date amounts could not be loaded: the estimate uses those published for ${period}.`,
  apply: 'Apply with these figures',
  submit: 'Update the estimate',
  print: 'Print the estimate',
  announceResult: (total, years, grant) =>
    `Estimate: ${total} ${years === null ? 'for the years entered' : `over ${yearsInWords(years)}`}${grant ? `, plus ${grant} for the project` : ''}.`,
  disclaimer: 'Indicative estimate, not a commitment of the Métropole du Grand Paris.',
};
