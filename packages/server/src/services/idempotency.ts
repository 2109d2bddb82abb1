// Idempotent writes (`Idempotency-Key` header, as in draft-ietf-httpapi-idempotency-key-header): the
// first request with a key runs; the same key with the same body replays the stored answer; the same
// key with another body is refused. The key row is inserted first in the write's own transaction, so
// that concurrent duplicates wait on the unique key and exactly one write commits.
//
// At rest, a row holds the SHA-256 of the key and the answer encrypted with a key derived from it
// (AES-256-GCM): an answer may carry a secret (a registration's token), readable only by whoever sends
// the Idempotency-Key again, never from a copy of the database.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import { isUniqueViolation } from '../db/errors.js';

export type StoredAnswer = { status: number; body: unknown };
export type IdempotentOutcome = { kind: 'fresh'; answer: StoredAnswer } | { kind: 'replay'; answer: StoredAnswer } | { kind: 'conflict' };

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

/** What the `key` column holds for an Idempotency-Key. */
export const keyDigest = (key: string) => sha256(`npt-idempotency-key:${key}`);

const answerKey = (scope: string, key: string) => Buffer.from(hkdfSync('sha256', key, scope, 'npt-idempotency-answer', 32));

/** Encrypts a stored answer's JSON with the Idempotency-Key (and its scope). */
export function sealAnswer(scope: string, key: string, json: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', answerKey(scope, key), iv);
  const data = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')}`;
}

export function openAnswer(scope: string, key: string, sealed: string): string {
  if (!sealed.startsWith('v1:')) return sealed;
  const raw = Buffer.from(sealed.slice(3), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', answerKey(scope, key), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

async function stored(db: Db, scope: string, key: string, hash: string): Promise<IdempotentOutcome | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('scope', '=', scope)
    .where('key', '=', keyDigest(key))
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.request_hash !== hash) return { kind: 'conflict' };
  return { kind: 'replay', answer: { status: row.status_code, body: JSON.parse(openAnswer(scope, key, row.response_body)) } };
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
        .values({ scope, key: keyDigest(key), request_hash: hash, status_code: 0, response_body: 'null', created_at: createdAt })
        .execute();
      const result = await write(trx);
      await trx
        .updateTable('idempotency_keys')
        .set({ status_code: result.status, response_body: sealAnswer(scope, key, JSON.stringify(result.body)) })
        .where('scope', '=', scope)
        .where('key', '=', keyDigest(key))
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
export async function purgeIdempotencyKeys(db: Db, maxAgeMs = 24 * 3600_000, now = new Date()): Promise<void> {
  const before = new Date(now.getTime() - maxAgeMs).toISOString();
  await db.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
}
