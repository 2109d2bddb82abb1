import type { Locale } from '../locale.js';

/**
 * What is wrong with a field, independent of the language: zod's issues, the French number reader's
 * errors and the server's problem+json all become one of these codes, and the form says it in words.
 */
export type FieldIssueCode =
  | 'required'
  | 'email'
  | 'tel'
  | 'format'
  | 'tooShort'
  | 'tooLong'
  | 'tooSmall'
  | 'tooBig'
  | 'notANumber'
  | 'decimal'
  | 'negative'
  | 'choose'
  | 'consent'
  | 'invalid'
  | 'server';

export interface FieldIssue {
  code: FieldIssueCode;
  /** The bound of tooShort/tooLong/tooSmall/tooBig. */
  limit?: number;
}

/** One message per issue code; `label` is the field's label, `limit` already formatted for the locale. */
export type FormMessages = Record<FieldIssueCode, (label: string, limit: string) => string> & {
  errorSummaryTitle: string;
  /** "3 champs sont à corriger." */
  errorCount: (n: number) => string;
  /** Textarea counter: "120 caractères sur 500". */
  characters: (n: string, max: string) => string;
  /** Shown in text after the label of a required field. */
  requiredMark: string;
  optionalMark: string;
  /** "Étape 2 sur 4 : Structures". */
  step: (n: number, total: number, title: string) => string;
  previous: string;
  next: string;
  /** The draft notice: `date` is already formatted. */
  draftRestored: (date: string) => string;
  restart: string;
  sending: string;
  retry: string;
  failure: Record<SubmitFailureKind, string>;
};

/** Why a submission failed, as the person needs to know it. */
export type SubmitFailureKind =
  | 'offline'
  | 'server'
  | 'fields'
  | 'too-large'
  | 'rate-limited'
  | 'key-reused'
  | 'already-registered'
  | 'closed'
  | 'other';

const q = (label: string) => `« ${label} »`;

export const formMessagesFr: FormMessages = {
  required: (label) => `Renseignez ${q(label)}.`,
  email: (label) => `${q(label)} : indiquez une adresse e-mail valide, par exemple nom@commune.fr.`,
  tel: (label) => `${q(label)} : indiquez un numéro de téléphone français, par exemple 01 23 45 67 89.`,
  format: (label) => `${q(label)} : la saisie n’a pas le format attendu.`,
  tooShort: (label, n) => `${q(label)} : au moins ${n} caractères.`,
  tooLong: (label, n) => `${q(label)} : au plus ${n} caractères.`,
  tooSmall: (label, n) => `${q(label)} : au moins ${n}.`,
  tooBig: (label, n) => `${q(label)} : au plus ${n}.`,
  notANumber: () => 'Saisissez un nombre entier, en chiffres, par exemple 1 200.',
  decimal: () => 'Saisissez un nombre entier, sans virgule.',
  negative: () => 'Saisissez un nombre positif.',
  choose: (label) => `${q(label)} : choisissez une réponse.`,
  consent: (label) => `Cochez ${q(label)} pour continuer.`,
  invalid: (label) => `Vérifiez ${q(label)}.`,
  server: (label) => `${q(label)} n’a pas été accepté : vérifiez la saisie.`,
  errorSummaryTitle: 'Des champs sont à corriger',
  errorCount: (n) => (n > 1 ? `${n} champs sont à corriger.` : 'Un champ est à corriger.'),
  characters: (n, max) => `${n} caractères sur ${max}`,
  requiredMark: 'obligatoire',
  optionalMark: 'facultatif',
  step: (n, total, title) => `Étape ${n} sur ${total} : ${title}`,
  previous: 'Étape précédente',
  next: 'Continuer',
  draftRestored: (date) => `Nous avons repris les informations que vous aviez saisies le ${date} sur cet appareil.`,
  restart: 'Recommencer',
  sending: 'Envoi en cours…',
  retry: 'Réessayer',
  failure: {
    offline: 'L’envoi n’a pas abouti : la connexion semble interrompue. Vos informations sont conservées ; vérifiez votre connexion puis réessayez.',
    server: 'Le service ne répond pas pour le moment. Vos informations sont conservées ; réessayez dans quelques minutes.',
    fields: 'Certaines informations n’ont pas été acceptées : corrigez les champs signalés.',
    'too-large': 'Les informations envoyées sont trop longues : raccourcissez les textes les plus longs puis réessayez.',
    'rate-limited': 'Trop de demandes ont été envoyées depuis votre connexion. Patientez une minute puis réessayez.',
    'key-reused': 'Une demande avec d’autres informations a déjà été envoyée depuis ce formulaire. Vérifiez vos informations puis envoyez à nouveau.',
    'already-registered': 'Cette adresse e-mail est déjà inscrite.',
    closed: 'Les inscriptions sont closes.',
    other: 'L’envoi n’a pas abouti. Vos informations sont conservées ; réessayez.',
  },
};

export const formMessagesEn: FormMessages = {
  required: (label) => `Enter “${label}”.`,
  email: (label) => `“${label}”: enter a valid e-mail address, like name@commune.fr.`,
  tel: (label) => `“${label}”: enter a French phone number, like 01 23 45 67 89.`,
  format: (label) => `“${label}” is not in the expected format.`,
  tooShort: (label, n) => `“${label}”: at least ${n} characters.`,
  tooLong: (label, n) => `“${label}”: at most ${n} characters.`,
  tooSmall: (label, n) => `“${label}”: at least ${n}.`,
  tooBig: (label, n) => `“${label}”: at most ${n}.`,
  notANumber: () => 'Enter a whole number, in digits, like 1,200.',
  decimal: () => 'Enter a whole number, without decimals.',
  negative: () => 'Enter a positive number.',
  choose: (label) => `“${label}”: choose an answer.`,
  consent: (label) => `Tick “${label}” to continue.`,
  invalid: (label) => `Check “${label}”.`,
  server: (label) => `“${label}” was not accepted: check what you entered.`,
  errorSummaryTitle: 'There is a problem',
  errorCount: (n) => (n > 1 ? `${n} fields need correcting.` : 'One field needs correcting.'),
  characters: (n, max) => `${n} of ${max} characters`,
  requiredMark: 'required',
  optionalMark: 'optional',
  step: (n, total, title) => `Step ${n} of ${total}: ${title}`,
  previous: 'Previous step',
  next: 'Continue',
  draftRestored: (date) => `We restored what you had entered on ${date} on this device.`,
  restart: 'Start again',
  sending: 'Sending…',
  retry: 'Try again',
  failure: {
    offline: 'Sending failed: the connection seems down. What you entered is kept; check your connection and try again.',
    server: 'The service is not answering right now. What you entered is kept; try again in a few minutes.',
    fields: 'Some answers were not accepted: correct the fields shown.',
    'too-large': 'What you sent is too long: shorten the longest texts and try again.',
    'rate-limited': 'Too many requests came from your connection. Wait a minute and try again.',
    'key-reused': 'A request with other answers was already sent from this form. Check your answers and send again.',
    'already-registered': 'This e-mail address is already registered.',
    closed: 'Registration is closed.',
    other: 'Sending failed. What you entered is kept; try again.',
  },
};

export const formMessages = (locale: Locale): FormMessages => (locale === 'en' ? formMessagesEn : formMessagesFr);
