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
  /** "Étape 2 sur 4 : Structures". */
  step: (n: number, total: number, title: string) => string;
  previous: string;
  next: string;
};

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
  notANumber: (label) => `${q(label)} : saisissez un nombre entier, en chiffres, par exemple 1 200.`,
  decimal: (label) => `${q(label)} : saisissez un nombre entier, sans virgule.`,
  negative: (label) => `${q(label)} : saisissez un nombre positif.`,
  choose: (label) => `${q(label)} : choisissez une réponse.`,
  consent: (label) => `Cochez ${q(label)} pour continuer.`,
  invalid: (label) => `Vérifiez ${q(label)}.`,
  server: (label) => `${q(label)} n’a pas été accepté : vérifiez la saisie.`,
  errorSummaryTitle: 'Des champs sont à corriger',
  errorCount: (n) => (n > 1 ? `${n} champs sont à corriger.` : 'Un champ est à corriger.'),
  characters: (n, max) => `${n} caractères sur ${max}`,
  requiredMark: 'obligatoire',
  step: (n, total, title) => `Étape ${n} sur ${total} : ${title}`,
  previous: 'Étape précédente',
  next: 'Continuer',
};

const loaded: Partial<Record<Locale, FormMessages>> = { fr: formMessagesFr };
let pending: Promise<void> | undefined;

/**
 * The messages of `locale`. French ships with the foundation; English is a separate chunk loaded on first
 * use (a French page never pays for it): until it arrives French is returned and `onLoad` is called once
 * it is there, for the host to render again.
 */
export function formMessages(locale: Locale, onLoad?: () => void): FormMessages {
  const m = loaded[locale];
  if (m) return m;
  pending ??= import('./messages-en.js').then(
    (mod) => void (loaded.en = mod.formMessagesEn),
    // A chunk that fails to load leaves the form in French rather than broken.
    () => undefined,
  );
  void pending.then(onLoad);
  return formMessagesFr;
}

/** Resolves once the messages of `locale` are loaded (tests, and a host that waits before printing). */
export async function formMessagesReady(locale: Locale): Promise<void> {
  formMessages(locale);
  await pending;
}
