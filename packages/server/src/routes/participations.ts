// POST /v1/participations: a commune applies to join the programme. Requires an Idempotency-Key.
// GET /v1/antispam/challenge: an ALTCHA challenge for the public forms, when ALTCHA is on.
import * as z from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mgpCommune, ParticipationReceiptSchema, ParticipationRequestSchema, ProblemSchema } from '@npt/contract';
import { sendAnswer, sendProblem } from '../http/problem.js';
import { decoyReceipt, submitParticipation } from '../services/participations.js';
import { altchaChallenge, checkAntispam } from '../services/antispam.js';
import { canonicalJson, keyDigest, sha256, type IdempotentOutcome } from '../services/idempotency.js';
import { IdempotencyKey } from '../http/idempotency-key.js';
import { writeRateLimit, type AppContext } from '../context.js';

/** What `altcha-lib` signs: the widget reads `parameters` and sends the challenge back with its solution. */
const AltchaChallengeSchema = z.looseObject({
  parameters: z.looseObject({ algorithm: z.string(), nonce: z.string(), salt: z.string(), cost: z.number(), expiresAt: z.number() }),
  signature: z.string(),
});

const IdempotencyHeaders = z.looseObject({ 'idempotency-key': IdempotencyKey });

// A bot's retry with the same Idempotency-Key replays its decoy, as a person's retry replays the receipt
// (found by the fuzzer): a new reference would tell the bot that nothing was kept. Kept in this process's
// memory only (one map per app, so that two apps in one process never share them): nothing about a bot
// goes to the database.
type Decoys = Map<string, { hash: string; body: ReturnType<typeof decoyReceipt> }>;
const MAX_DECOYS = 10_000;
function decoyOutcome(decoys: Decoys, key: string, body: unknown): IdempotentOutcome {
  const id = keyDigest(key);
  const hash = sha256(canonicalJson(body));
  const known = decoys.get(id);
  if (known) return known.hash === hash ? { kind: 'replay', answer: { status: 201, body: known.body } } : { kind: 'conflict' };
  if (decoys.size >= MAX_DECOYS) decoys.delete(decoys.keys().next().value!);
  const decoy = { hash, body: decoyReceipt() };
  decoys.set(id, decoy);
  return { kind: 'fresh', answer: { status: 201, body: decoy.body } };
}

export const participationRoutes: FastifyPluginAsyncZod<AppContext> = (app, { db, config, mailer, perEmail }) => {
  const decoys: Decoys = new Map();
  app.post(
    '/participations',
    {
      config: writeRateLimit(config),
      preHandler: perEmail,
      schema: {
        tags: ['participations'],
        operationId: 'submitParticipation',
        summary: "A commune's application to join Numérique pour tous",
        description:
          'Requires an `Idempotency-Key`: the same key and body replay the first answer (`Idempotent-Replayed: true`), the same key with another body is a 422. The commune must be one of the Métropole. An acknowledgement e-mail goes to the contact.',
        headers: IdempotencyHeaders,
        body: ParticipationRequestSchema,
        response: { 201: ParticipationReceiptSchema, 400: ProblemSchema, 422: ProblemSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!mgpCommune(body.communeCode)) {
        return sendProblem(reply, 400, 'validation', 'Invalid request', {
          detail: 'The commune is not one of the Métropole du Grand Paris.',
          errors: [{ path: 'communeCode', message: 'Not a commune of the Métropole du Grand Paris' }],
        });
      }
      const key = request.headers['idempotency-key'];
      const verdict = await checkAntispam(config.antispam, body.antispam, key);
      if (!verdict.ok && verdict.reason === 'altcha') {
        return sendProblem(reply, 400, 'validation', 'Invalid request', {
          detail: 'The anti-spam check (ALTCHA) is missing, expired or already used: solve a new one and send again.',
          errors: [{ path: 'antispam.altcha', message: 'Anti-spam check to solve again' }],
        });
      }
      if (!verdict.ok) request.log.info({ reason: verdict.reason }, 'participation refused as spam (answered as accepted)');
      const outcome = verdict.ok ? await submitParticipation(db, key, body) : decoyOutcome(decoys, key, body);
      if (outcome.kind === 'conflict') {
        return sendProblem(reply, 422, 'idempotency-key-reused', 'Idempotency-Key already used for another request', {
          detail: 'This Idempotency-Key was sent before with a different body. Use a new key for a new application.',
        });
      }
      if (outcome.kind === 'replay') reply.header('Idempotent-Replayed', 'true');
      else void mailer.flush();
      return sendAnswer(reply, outcome.answer);
    },
  );

  const hmacKey = config.antispam.altchaHmacKey;
  if (hmacKey) {
    app.get(
      '/antispam/challenge',
      {
        schema: {
          tags: ['participations'],
          operationId: 'getAntispamChallenge',
          summary: 'An ALTCHA proof-of-work challenge for the public forms (served only when ALTCHA is on)',
          description:
            "A signed challenge the form's ALTCHA widget solves in the person's browser (about a second of work); its solution goes in `antispam.altcha` of the next submission. Valid 20 minutes, for one submission. Never cached.",
          response: { 200: AltchaChallengeSchema },
        },
      },
      async (_request, reply) => {
        reply.header('Cache-Control', 'no-store');
        // altcha-lib types the signature as optional; a challenge made with an HMAC key always has one.
        return (await altchaChallenge(hmacKey)) as unknown as z.infer<typeof AltchaChallengeSchema>;
      },
    );
  }
  // Fastify's plugin type is async; nothing here needs to wait.
  return Promise.resolve();
};
