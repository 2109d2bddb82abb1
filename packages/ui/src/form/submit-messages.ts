import type { Locale } from '../locale.js';

/** Why a submission failed, as the person needs to know it. */
export type SubmitFailureKind =
  'offline' | 'server' | 'fields' | 'too-large' | 'rate-limited' | 'key-reused' | 'already-registered' | 'closed' | 'other';

/** What the submit controller says: while sending, to retry, and why it failed. */
export interface SubmitMessages {
  sending: string;
  retry: string;
  failure: Record<SubmitFailureKind, string>;
}

export const submitMessagesFr: SubmitMessages = {
  sending: 'Envoi en cours…',
  retry: 'Réessayer',
  failure: {
    offline:
      'L’envoi n’a pas abouti : la connexion semble interrompue. Vos informations sont conservées ; vérifiez votre connexion puis réessayez.',
    server: 'Le service ne répond pas pour le moment. Vos informations sont conservées ; réessayez dans quelques minutes.',
    fields: 'Certaines informations n’ont pas été acceptées : corrigez les champs signalés.',
    'too-large': 'Les informations envoyées sont trop longues : raccourcissez les textes les plus longs puis réessayez.',
    'rate-limited': 'Trop de demandes ont été envoyées depuis votre connexion. Patientez une minute puis réessayez.',
    'key-reused':
      'Une demande avec d’autres informations a déjà été envoyée depuis ce formulaire. Vérifiez vos informations puis envoyez à nouveau.',
    'already-registered': 'Cette adresse e-mail est déjà inscrite.',
    closed: 'Les inscriptions sont closes.',
    other: 'L’envoi n’a pas abouti. Vos informations sont conservées ; réessayez.',
  },
};

let en: SubmitMessages | undefined;
let pending: Promise<void> | undefined;

/** The submit messages of `locale`; English is a chunk loaded on first use (French until then). */
export function submitMessages(locale: Locale, onLoad: () => void): SubmitMessages {
  if (locale !== 'en') return submitMessagesFr;
  if (en) return en;
  pending ??= import('./submit-messages-en.js').then(
    (m) => void (en = m.submitMessagesEn),
    () => undefined,
  );
  void pending.then(onLoad);
  return submitMessagesFr;
}
