// A commune's application to join the programme: stored once per Idempotency-Key, acknowledged by e-mail.
import { mgpCommune, type ParticipationReceipt, type ParticipationRequest } from '@npt/contract';
import type { Db } from '../db/connect.js';
import { idempotent, type IdempotentOutcome } from './idempotency.js';
import { enqueueMail } from './outbox.js';

const COMPONENT_LABELS = {
  places: 'Lieux de médiation numérique',
  equipment: 'Équipement numérique',
  support: "Accompagnement vers l'autonomie numérique",
} as const;

/** Human reference of a participation: "NPT-2026-000123" (year received, then the record number). */
export const participationReference = (id: number, receivedAt: Date) =>
  `NPT-${receivedAt.getUTCFullYear()}-${String(id).padStart(6, '0')}`;

export async function submitParticipation(db: Db, key: string, request: ParticipationRequest): Promise<IdempotentOutcome> {
  return idempotent(db, 'participations', key, request, async (trx) => {
    const received = new Date();
    const { id } = await trx
      .insertInto('participations')
      .values({
        reference: `pending-${key}`,
        commune_code: request.communeCode,
        email: request.email,
        payload: JSON.stringify(request),
        received_at: received.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const reference = participationReference(Number(id), received);
    await trx.updateTable('participations').set({ reference }).where('id', '=', id).execute();
    const commune = mgpCommune(request.communeCode);
    await enqueueMail(trx, {
      to: request.email,
      subject: `Numérique pour tous : candidature ${reference} reçue`,
      text: [
        `Bonjour ${request.contactName},`,
        '',
        `La Métropole du Grand Paris a bien reçu la candidature de ${commune?.nom ?? request.communeCode} au programme « Numérique pour tous ».`,
        `Référence : ${reference}`,
        `Volets demandés : ${request.components.map((c) => COMPONENT_LABELS[c]).join(', ')}`,
        '',
        "Nous revenons vers vous rapidement. Merci de rappeler cette référence dans vos échanges.",
        '',
        `(English) Your application ${reference} has been received.`,
      ].join('\n'),
    });
    const receipt: ParticipationReceipt = { reference, receivedAt: received.toISOString() };
    return { status: 201, body: receipt };
  });
}

export interface ParticipationRow {
  reference: string;
  receivedAt: string;
  request: ParticipationRequest;
}

export async function listParticipations(db: Db): Promise<ParticipationRow[]> {
  const rows = await db.selectFrom('participations').select(['reference', 'received_at', 'payload']).orderBy('id').execute();
  return rows.map((r) => ({ reference: r.reference, receivedAt: r.received_at, request: JSON.parse(r.payload) }));
}
