import type { SimulatorStrings } from './strings.js';

const yearsInWords = (n: number) => ['', 'un an', 'deux ans', 'trois ans', 'quatre ans', 'cinq ans'][n] ?? `${n} ans`;

export const fr: SimulatorStrings = {
  title: 'Simulateur de financement « Numérique pour tous »',
  intro:
    'Estimez le financement que votre commune peut attendre de la Métropole du Grand Paris avant de candidater. Les montants se mettent à jour pendant la saisie.',
  peopleLegend: 'Accompagnement vers l’autonomie numérique : personnes que vos structures de médiation prévoient d’accompagner',
  peopleLabel: (year) => `Personnes accompagnées en ${year}`,
  peopleHint: (max) =>
    `Nombre entier, par exemple 1 200. Le programme compte au plus ${max} personnes cette année, pour toute la Métropole.`,
  projectLegend: 'Lieux et équipements numériques (Fonds Innover dans la Ville), facultatif',
  projectLabel: 'Coût du projet, en euros',
  projectHint: (share, max) =>
    `Le Fonds Innover dans la Ville est l’aide de la Métropole aux projets de lieux ou d’équipements numériques : il paie ${share} du coût, au plus ${max} par projet. Montant entier en euros.`,
  tooLarge: 'Ce nombre est trop grand : vérifiez la saisie.',
  errorSummaryTitle: 'Des champs sont à corriger',
  resultTitle: 'Estimation',
  tableCaption: 'Accompagnement vers l’autonomie numérique : estimation par année',
  colYear: 'Année',
  colPeople: 'Personnes prévues',
  colCounted: 'Personnes comptées',
  colPerPerson: 'Montant par personne',
  colAmount: 'Montant estimé',
  notEntered: 'non renseigné',
  toCorrect: 'à corriger',
  cappedNote: (max, scope) =>
    scope === 'programme'
      ? `Limité au plafond du programme : ${max} personnes au plus cette année, pour toute la Métropole.`
      : `Limité au plafond de chaque commune : ${max} personnes au plus cette année.`,
  total: (years) => `Total sur ${yearsInWords(years)}`,
  totalPartial: 'Total des années renseignées',
  assumptionProgramme:
    'Hypothèse : le nombre maximal de personnes par an s’applique à l’ensemble du programme (une enveloppe annuelle pour toute la Métropole). Une commune ne peut donc pas compter davantage ; le montant réel dépendra aussi des autres communes participantes.',
  assumptionCommune: 'Hypothèse : le nombre maximal de personnes par an s’applique à chaque commune.',
  projectTitle: 'Projet de lieu ou d’équipement',
  projectCost: 'Coût du projet',
  projectGrant: 'Subvention estimée',
  projectRuleShare: (share) => `${share} du coût du projet.`,
  projectRuleCeiling: (max) => `Plafond de ${max} par projet atteint.`,
  noProject: 'Aucun projet saisi.',
  rulesLoading: 'Chargement des montants du programme…',
  rulesFromApi: 'Montants à jour, fournis par la Métropole.',
  rulesBundled: (period) => `Montants du programme pour ${period}, tels que publiés par la Métropole.`,
  rulesFallback: (period) => `Les montants à jour n’ont pas pu être chargés : le calcul utilise ceux publiés pour ${period}.`,
  apply: 'Candidater avec ces chiffres',
  submit: 'Mettre à jour l’estimation',
  print: 'Imprimer l’estimation',
  announceResult: (total, years, grant) =>
    `Estimation : ${total} ${years === null ? 'pour les années renseignées' : `sur ${yearsInWords(years)}`}${grant ? `, plus ${grant} pour le projet` : ''}.`,
  disclaimer: 'Estimation indicative, sans valeur d’engagement de la Métropole du Grand Paris.',
};
