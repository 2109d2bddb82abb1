// Webinars: sessions with seats left, registration with a waiting list, cancellation by token, calendar file.
import * as z from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema, RegistrationRequestSchema, RegistrationSchema, WebinarListSchema, WebinarQuerySchema } from '@npt/contract';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { sendCached } from '../http/cache.js';
import { checkAntispam } from '../services/antispam.js';
import { NotModified } from '../openapi/responses.js';
import { problemType, sendAnswer, sendProblem, type ProblemKind } from '../http/problem.js';
import { toIcs } from '../formats/ics.js';
import {
  cancelRegistration,
  findRegistration,
  getWebinar,
  listUpcomingWebinars,
  register,
  registerIn,
  type RegisterOutcome,
} from '../services/webinars.js';
import { canonicalJson, idempotent, type StoredAnswer } from '../services/idempotency.js';
import { isUniqueViolation } from '../db/errors.js';
import { IdempotencyKey } from '../http/idempotency-key.js';
import { writeRateLimit, type AppContext } from '../context.js';

// A bot's retry with the same Idempotency-Key gets the same decoy token, as a person's retry gets theirs
// (found by the fuzzer): derived from the key and the body with a secret of this process, nothing stored.
const DECOY_SECRET = randomBytes(32);
const decoyToken = (id: string, key: string | undefined, body: unknown) =>
  key === undefined
    ? randomBytes(24).toString('base64url')
    : createHmac('sha256', DECOY_SECRET)
        .update(`${id}\n${key}\n${canonicalJson(body)}`)
        .digest('base64url')
        .slice(0, 32);

const WebinarParams = z.object({ id: z.string().min(1).max(100) });
const TokenParams = z.object({ id: z.string().min(1).max(100), token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/) });

export const webinarRoutes: FastifyPluginAsyncZod<AppContext> = (app, { db, config, mailer, perEmail }) => {
  const links = { publicUrl: config.publicUrl, pageOrigins: config.allowedOrigins };
  const writeLimit = writeRateLimit(config);

  app.get(
    '/webinars',
    {
      schema: {
        tags: ['webinars'],
        operationId: 'listWebinars',
        summary: 'Upcoming sessions, with seats left',
        description:
          'Sessions not yet started, soonest first, with their capacity, seats left and waiting list length. Revalidate each time (`no-cache` + ETag).',
        querystring: WebinarQuerySchema,
        response: { 200: WebinarListSchema, 304: NotModified },
      },
    },
    async (request, reply) =>
      sendCached(request, reply, JSON.stringify(await listUpcomingWebinars(db, new Date(), request.query.theme)), 'no-cache'),
  );

  /** The answer to a registration attempt, as stored for Idempotency-Key replays. */
  const answer = (outcome: RegisterOutcome): StoredAnswer => {
    const problem = (status: number, kind: ProblemKind, title: string, detail?: string) => ({
      status,
      body: { type: problemType(kind), title, status, ...(detail ? { detail } : {}) },
    });
    switch (outcome.kind) {
      case 'not-found':
        return problem(404, 'not-found', 'No webinar with this id');
      case 'closed':
        return problem(409, 'webinar-closed', 'Registration is closed: the session has started');
      case 'already-registered':
        return problem(
          409,
          'already-registered',
          'Already registered',
          'This e-mail address is already registered to this session (see the confirmation e-mail to cancel).',
        );
      case 'ok':
        return { status: 201, body: outcome.registration };
    }
  };

  app.post(
    '/webinars/:id/registrations',
    {
      config: writeLimit,
      preHandler: perEmail,
      schema: {
        tags: ['webinars'],
        operationId: 'registerForWebinar',
        summary: 'Register to a session (waiting list when full)',
        description:
          'An optional Idempotency-Key makes retries safe: the same key and body replay the first answer (with the same token) instead of a 409.',
        params: WebinarParams,
        headers: z.looseObject({ 'idempotency-key': IdempotencyKey.optional() }),
        body: RegistrationRequestSchema,
        response: { 201: RegistrationSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const key = request.headers['idempotency-key'];
      // Same anti-spam as the participation form: a bot gets an answer that looks accepted, nothing is stored or sent.
      const verdict = await checkAntispam(config.antispam, request.body.antispam, key ?? randomUUID());
      if (!verdict.ok && verdict.reason === 'altcha') {
        return sendProblem(reply, 400, 'validation', 'Invalid request', {
          detail: 'The anti-spam check (ALTCHA) is missing, expired or already used: solve a new one and send again.',
          errors: [{ path: 'antispam.altcha', message: 'Anti-spam check to solve again' }],
        });
      }
      if (!verdict.ok) {
        request.log.info({ reason: verdict.reason }, 'registration refused as spam (answered as accepted)');
        reply.header('Cache-Control', 'no-store');
        return sendAnswer(reply, { status: 201, body: { token: decoyToken(id, key, request.body), webinarId: id, status: 'registered' } });
      }
      let result: StoredAnswer;
      if (key === undefined) result = answer(await register(db, id, request.body, links));
      else {
        let outcome;
        try {
          outcome = await idempotent(db, `registrations:${id}`, key, request.body, async (trx) =>
            answer(await registerIn(trx, id, request.body, links)),
          );
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          outcome = { kind: 'fresh' as const, answer: answer({ kind: 'already-registered' }) };
        }
        if (outcome.kind === 'conflict')
          return sendProblem(reply, 422, 'idempotency-key-reused', 'Idempotency-Key already used for another request');
        if (outcome.kind === 'replay') {
          // A replay never brings back a cancelled registration (its token is dead): say it is gone.
          const token = (outcome.answer.body as { token?: unknown } | null)?.token;
          if (outcome.answer.status === 201 && typeof token === 'string' && !(await findRegistration(db, id, token))) {
            return sendProblem(reply, 404, 'not-found', 'Registration cancelled', {
              detail: 'The registration made with this Idempotency-Key has been cancelled. To register again, send a new Idempotency-Key.',
            });
          }
          reply.header('Idempotent-Replayed', 'true');
        }
        result = outcome.answer;
      }
      if (result.status < 400) {
        void mailer.flush();
        reply.header('Cache-Control', 'no-store');
      }
      return sendAnswer(reply, result);
    },
  );

  app.get(
    '/webinars/:id/registrations/:token',
    {
      schema: {
        tags: ['webinars'],
        operationId: 'getRegistration',
        summary: 'A registration, by its secret token',
        description:
          'The registration with its current waiting-list position, and the meeting link once registered. 404 once cancelled. Never cached (`no-store`).',
        params: TokenParams,
        response: { 200: RegistrationSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const registration = await findRegistration(db, request.params.id, request.params.token);
      if (!registration) return sendProblem(reply, 404, 'not-found', 'No live registration with this token');
      reply.header('Cache-Control', 'no-store');
      return registration;
    },
  );

  app.delete(
    '/webinars/:id/registrations/:token',
    {
      config: writeLimit,
      schema: {
        tags: ['webinars'],
        operationId: 'cancelRegistration',
        summary: 'Cancel a registration; the first on the waiting list gets the seat',
        description: 'The freed seat goes to the first person on the waiting list in the same transaction, who gets an e-mail.',
        params: TokenParams,
        response: { 204: z.undefined(), 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const cancelled = await cancelRegistration(db, request.params.id, request.params.token, links);
      if (!cancelled) return sendProblem(reply, 404, 'not-found', 'No live registration with this token');
      void mailer.flush();
      return reply.code(204).send();
    },
  );

  app.get(
    '/webinars/:id/calendar.ics',
    {
      schema: {
        tags: ['webinars'],
        operationId: 'getWebinarCalendar',
        summary: 'The session as an iCalendar file',
        description:
          'An iCalendar file (RFC 5545) with the session, to add to a calendar. Without the meeting link, which only registered people get.',
        params: WebinarParams,
        produces: ['text/calendar'],
        response: { 200: z.string(), 304: NotModified, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const webinar = await getWebinar(db, request.params.id);
      if (!webinar) return sendProblem(reply, 404, 'not-found', 'No webinar with this id');
      const ics = toIcs({
        uid: `${webinar.id}@numerique-pour-tous.metropolegrandparis.fr`,
        start: webinar.startsAt,
        end: webinar.endsAt,
        summary: webinar.title,
        description: webinar.description,
        stamp: new Date(webinar.startsAt),
      });
      reply.header('Content-Disposition', `attachment; filename="webinaire-${webinar.id.replace(/[^\w-]/g, '')}.ics"`);
      return sendCached(request, reply, ics, 'public, max-age=300', 'text/calendar; charset=utf-8');
    },
  );
  return Promise.resolve();
};
