// Anti-spam for the public forms, without tracking anyone: a honeypot field, a minimum fill time and,
// when configured, an ALTCHA proof of work (computed by the person's browser; no third party). A route
// calls `checkAntispam` on the validated body's `antispam` fields; on a rejection it answers as if it
// had accepted (so a bot learns nothing to adapt to) and stores nothing.
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { Antispam } from '@npt/contract';
import type { Config } from '../config.js';

export type AntispamSettings = Config['antispam'];
export type AntispamVerdict = { ok: true } | { ok: false; reason: 'honeypot' | 'too-fast' | 'altcha' };

const ALGORITHM = 'PBKDF2/SHA-256';
/** Iterations per attempt and attempts expected: about a second of work on a phone, nothing for a person. */
const COST = 1000;
const COUNTER_MIN = 1000;
const COUNTER_MAX = 5000;
const CHALLENGE_TTL_S = 20 * 60;

// A solved challenge is good for one submission: remember the signatures seen until they expire, with the
// submission's Idempotency-Key, so that a retry of the same submission still passes (per process; with
// several processes a bot would still pay one proof of work per process).
const used = new Map<string, { key: string; expires: number }>();
function ownUse(signature: string, key: string, now: number): boolean {
  for (const [sig, use] of used) if (use.expires < now) used.delete(sig);
  const seen = used.get(signature);
  if (seen) return seen.key === key;
  if (used.size > 100_000) used.clear();
  used.set(signature, { key, expires: now + CHALLENGE_TTL_S * 1000 });
  return true;
}

/** A signed challenge for the `altcha` widget (`GET /v1/antispam/challenge`); only when ALTCHA is on. */
export function altchaChallenge(hmacKey: string): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(COUNTER_MAX, COUNTER_MIN),
    deriveKey,
    hmacSignatureSecret: hmacKey,
    hmacKeySignatureSecret: `${hmacKey}:key`,
    expiresAt: new Date(Date.now() + CHALLENGE_TTL_S * 1000),
  });
}

async function altchaVerified(hmacKey: string, payload: string | undefined, key: string): Promise<boolean> {
  if (!payload) return false;
  let decoded: { challenge?: Challenge; solution?: Solution };
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as typeof decoded;
  } catch {
    return false;
  }
  if (!decoded?.challenge?.signature || !decoded.solution) return false;
  try {
    const result = await verifySolution({
      challenge: decoded.challenge,
      solution: decoded.solution,
      deriveKey,
      hmacSignatureSecret: hmacKey,
      hmacKeySignatureSecret: `${hmacKey}:key`,
    });
    return result.verified && ownUse(decoded.challenge.signature, key, Date.now());
  } catch {
    return false;
  }
}

/**
 * Whether a submission is a person's: honeypot empty, filled in no less than the minimum time, ALTCHA solved
 * when on. `key` identifies the submission (its Idempotency-Key): a retry may present the same proof of work.
 * A person can fail only on `altcha` (an expired challenge): answer that one with a field error to solve
 * again; answer `honeypot` and `too-fast` as accepted, storing nothing.
 */
export async function checkAntispam(settings: AntispamSettings, fields: Antispam, key: string): Promise<AntispamVerdict> {
  if (fields.website && fields.website.trim() !== '') return { ok: false, reason: 'honeypot' };
  if (fields.fillMs < settings.minFillMs) return { ok: false, reason: 'too-fast' };
  if (settings.altchaHmacKey && !(await altchaVerified(settings.altchaHmacKey, fields.altcha, key))) return { ok: false, reason: 'altcha' };
  return { ok: true };
}
