// Personal data kept no longer than needed: registrations (names, e-mail addresses) are deleted
// RETENTION_MONTHS after their session ended, e-mails (the outbox keeps who was written to) after the same
// delay, Idempotency-Keys after a day. Sent e-mail bodies are emptied as soon as they are sent (outbox.ts),
// those of mails given up at the next purge.
import type { Db } from '../db/connect.js';
import { purgeIdempotencyKeys } from './idempotency.js';
import { emptyGivenUpBodies, purgeOutbox } from './outbox.js';

export interface PurgeReport {
  registrations: number;
  mails: number;
}

/** `months` calendar months before `now`. */
function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export async function purgePersonalData(db: Db, retentionMonths: number, now = new Date()): Promise<PurgeReport> {
  const cutoff = monthsBefore(now, retentionMonths);
  const ended = db.selectFrom('webinars').select('id').where('ends_at', '<', cutoff.toISOString());
  const deleted = await db.deleteFrom('registrations').where('webinar_id', 'in', ended).executeTakeFirst();
  const mails = await purgeOutbox(db, cutoff);
  await emptyGivenUpBodies(db, now);
  await purgeIdempotencyKeys(db, 24 * 3600_000, now);
  return { registrations: Number(deleted.numDeletedRows ?? 0), mails };
}
