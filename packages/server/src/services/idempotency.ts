// Idempotent writes (`Idempotency-Key` header, as in draft-ietf-httpapi-idempotency-key-header): the
// first request with a key runs; the same key with the same body replays the stored answer; the same
// key with another body is refused. The key row is inserted first in the write's own transaction, so
// that concurrent duplicates wait on the unique key and exactly one write commits.
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import { isUniqueViolation } from '../db/errors.js';

export type StoredAnswer = { status: number; body: unknown };
export type IdempotentOutcome =
  | { kind: 'fresh'; answer: StoredAnswer }
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'conflict' };

/** JSON with object keys sorted, so that the same body in another key order hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function stored(db: Db, scope: string, key: string, hash: string): Promise<IdempotentOutcome | undefined> {
  const row = await db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  if (row.request_hash !== hash) return { kind: 'conflict' };
  return { kind: 'replay', answer: { status: row.status_code, body: JSON.parse(row.response_body) } };
}

/**
 * Runs `write` once per (scope, key): `write` gets the transaction and returns the answer to store.
 * `body` is the validated request body the key is bound to.
 */
export async function idempotent(
  db: Db,
  scope: string,
  key: string,
  body: unknown,
  write: (trx: Transaction<Database>) => Promise<StoredAnswer>,
): Promise<IdempotentOutcome> {
  const hash = sha256(canonicalJson(body));
  const known = await stored(db, scope, key, hash);
  if (known) return known;
  try {
    const answer = await db.transaction().execute(async (trx) => {
      const createdAt = new Date().toISOString();
      await trx
        .insertInto('idempotency_keys')
        .values({ scope, key, request_hash: hash, status_code: 0, response_body: 'null', created_at: createdAt })
        .execute();
      const result = await write(trx);
      await trx
        .updateTable('idempotency_keys')
        .set({ status_code: result.status, response_body: JSON.stringify(result.body) })
        .where('scope', '=', scope)
        .where('key', '=', key)
        .execute();
      return result;
    });
    return { kind: 'fresh', answer };
  } catch (error) {
    // A concurrent request with the same key committed first: answer as it did.
    if (!isUniqueViolation(error)) throw error;
    const winner = await stored(db, scope, key, hash);
    if (!winner) throw error;
    return winner;
  }
}

/** Forgets keys older than `maxAgeMs` (default 24 h); a replay after that runs the write again. */
export async function purgeIdempotencyKeys(db: Db, maxAgeMs = 24 * 3600_000): Promise<void> {
  const before = new Date(Date.now() - maxAgeMs).toISOString();
  await db.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
}
