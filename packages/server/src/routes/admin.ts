// Admin exports, behind a bearer token from configuration (ADMIN_TOKEN). Without a token the routes
// are not registered at all.
import { createHash, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mgpCommune } from '@npt/contract';
import { toCsv } from '../formats/csv.js';
import { sendProblem } from '../http/problem.js';
import { listParticipations } from '../services/participations.js';
import { getWebinar, listRegistrations } from '../services/webinars.js';
import type { AppContext } from '../context.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export const adminRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, config }) => {
  const expected = digest(config.adminToken!);
  app.addHook('onRequest', async (request, reply) => {
    // The scheme name is case-insensitive (RFC 9110 section 11.1).
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    // Compare digests in constant time: the token's length and content never leak through timing.
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      reply.header('WWW-Authenticate', 'Bearer realm="npt-admin"');
      return sendProblem(reply, 401, 'unauthorized', 'A valid admin bearer token is required');
    }
    reply.header('Cache-Control', 'no-store');
  });

  const csv = (name: string) => ({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` });

  app.get(
    '/admin/participations.csv',
    { schema: { tags: ['admin'], summary: 'All participations, as CSV', security: [{ bearer: [] }], produces: ['text/csv'] } },
    async (_request, reply) => {
      const rows = await listParticipations(db);
      const body = toCsv(
        ['reference', 'received_at', 'commune_code', 'commune', 'contact_name', 'role', 'email', 'phone', 'components',
          'people_2024', 'people_2025', 'people_2026', 'project_cost', 'message'],
        rows.map(({ reference, receivedAt, request: r }) => [
          reference, receivedAt, r.communeCode, mgpCommune(r.communeCode)?.nom ?? '', r.contactName, r.role, r.email, r.phone,
          r.components.join('|'), r.expectedPeople[2024], r.expectedPeople[2025], r.expectedPeople[2026], r.projectCost ?? '', r.message ?? '',
        ]),
      );
      return reply.headers(csv('participations.csv')).send(body);
    },
  );

  app.get(
    '/admin/webinars/:id/registrations.csv',
    {
      schema: {
        tags: ['admin'],
        summary: "A session's registrations, as CSV",
        security: [{ bearer: [] }],
        params: z.object({ id: z.string().min(1).max(100) }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      if (!(await getWebinar(db, request.params.id))) return sendProblem(reply, 404, 'not-found', 'No webinar with this id');
      const rows = await listRegistrations(db, request.params.id);
      const body = toCsv(
        ['name', 'email', 'organisation', 'commune', 'status', 'registered_at'],
        rows.map((r) => [r.name, r.email, r.organisation, r.commune, r.status, r.created_at]),
      );
      return reply.headers(csv(`inscriptions-${request.params.id}.csv`)).send(body);
    },
  );
};
