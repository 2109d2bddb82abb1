// A commune's application to join the programme: stored once per Idempotency-Key with its prescribers and
// structures in their own tables, acknowledged by e-mail through the outbox.
import { randomInt } from 'node:crypto';
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
const participationReference = (id: number, receivedAt: Date) => `NPT-${receivedAt.getUTCFullYear()}-${String(id).padStart(6, '0')}`;

/** What the application keeps: the request without its anti-spam fields. */
type StoredParticipation = Omit<ParticipationRequest, 'antispam'>;

export async function submitParticipation(db: Db, key: string, request: ParticipationRequest): Promise<IdempotentOutcome> {
  return idempotent(db, 'participations', key, request, async (trx) => {
    const received = new Date();
    const { antispam, ...stored } = request;
    void antispam;
    const { id } = await trx
      .insertInto('participations')
      .values({
        reference: `pending-${key}`,
        commune_code: stored.communeCode,
        email: stored.email,
        payload: JSON.stringify(stored),
        received_at: received.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const participationId = Number(id);
    const reference = participationReference(participationId, received);
    await trx.updateTable('participations').set({ reference }).where('id', '=', participationId).execute();
    if (stored.prescribers?.length) {
      await trx
        .insertInto('participation_prescribers')
        .values(
          stored.prescribers.map((p, position) => ({
            participation_id: participationId,
            position,
            organisation: p.organisation,
            kind: p.kind,
            email: p.email,
          })),
        )
        .execute();
    }
    if (stored.structures?.length) {
      await trx
        .insertInto('participation_structures')
        .values(
          stored.structures.map((s, position) => ({
            participation_id: participationId,
            position,
            name: s.name,
            status: s.status,
            siret: s.siret,
            address: s.address,
            people_per_year: s.peoplePerYear,
          })),
        )
        .execute();
    }
    const commune = mgpCommune(stored.communeCode);
    // Free text typed by the applicant stays out of this mail: the address has not been confirmed yet.
    await enqueueMail(trx, {
      to: stored.email,
      subject: `Numérique pour tous : candidature ${reference} reçue`,
      text: [
        'Bonjour,',
        '',
        `La Métropole du Grand Paris a bien reçu la candidature de ${commune?.nom ?? stored.communeCode} au programme « Numérique pour tous ».`,
        `Référence : ${reference}`,
        `Volets demandés : ${stored.components.map((c) => COMPONENT_LABELS[c]).join(', ')}`,
        `Prescripteurs indiqués : ${stored.prescribers?.length ?? 0} ; structures de médiation : ${stored.structures?.length ?? 0}`,
        '',
        'Nous revenons vers vous rapidement. Merci de rappeler cette référence dans vos échanges.',
        '',
        `(English) Your application ${reference} has been received.`,
      ].join('\n'),
    });
    const receipt: ParticipationReceipt = { reference, receivedAt: received.toISOString() };
    return { status: 201, body: receipt };
  });
}

/**
 * The answer a bot gets (honeypot filled, filled too fast): shaped like a real receipt, nothing stored.
 * The number is drawn above any real one a year will reach, so a reference quoted later never matches an application.
 */
export function decoyReceipt(now = new Date()): ParticipationReceipt {
  return { reference: `NPT-${now.getUTCFullYear()}-${String(randomInt(900_000, 1_000_000))}`, receivedAt: now.toISOString() };
}

export interface ParticipationRow {
  id: number;
  reference: string;
  receivedAt: string;
  request: StoredParticipation;
}

export async function listParticipations(db: Db): Promise<ParticipationRow[]> {
  const rows = await db.selectFrom('participations').select(['id', 'reference', 'received_at', 'payload']).orderBy('id').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    reference: r.reference,
    receivedAt: r.received_at,
    request: JSON.parse(r.payload) as StoredParticipation,
  }));
}

/** Prescribers of every application, with their application's reference, in application then list order. */
export async function listPrescribers(db: Db) {
  return db
    .selectFrom('participation_prescribers as p')
    .innerJoin('participations as a', 'a.id', 'p.participation_id')
    .select(['a.reference', 'a.commune_code', 'p.position', 'p.organisation', 'p.kind', 'p.email'])
    .orderBy('a.id')
    .orderBy('p.position')
    .execute();
}

/** Structures of every application, with their application's reference, in application then list order. */
export async function listStructures(db: Db) {
  return db
    .selectFrom('participation_structures as s')
    .innerJoin('participations as a', 'a.id', 's.participation_id')
    .select(['a.reference', 'a.commune_code', 's.position', 's.name', 's.status', 's.siret', 's.address', 's.people_per_year'])
    .orderBy('a.id')
    .orderBy('s.position')
    .execute();
}
