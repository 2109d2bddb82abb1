// Admin exports, behind a bearer token from configuration (ADMIN_TOKEN). Without a token the routes
// are not registered at all.
import { createHash, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mgpCommune, ProblemSchema } from '@npt/contract';
import { toCsv } from '../formats/csv.js';
import { toXlsx, type Sheet } from '../formats/xlsx.js';
import { sendProblem } from '../http/problem.js';
import { listParticipations, listPrescribers, listStructures } from '../services/participations.js';
import { getWebinar, listRegistrations } from '../services/webinars.js';
import type { AppContext } from '../context.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const digest = (s: string) => createHash('sha256').update(s).digest();

export const adminRoutes: FastifyPluginAsyncZod<AppContext> = (app, { db, config }) => {
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

  // The three tables of the applications (each application, its prescribers, its structures), as the CSV
  // files and the XLSX sheets; prescribers and structures carry their application's reference.
  const participationTables = async (): Promise<Sheet[]> => {
    const rows = await listParticipations(db);
    const ruleYears = config.fundingRules.years.map((y) => String(y.year));
    const years = [...new Set([...ruleYears, ...rows.flatMap((r) => Object.keys(r.request.expectedPeople ?? {}))])].sort();
    const [prescribers, structures] = await Promise.all([listPrescribers(db), listStructures(db)]);
    const count = (list: { reference: string }[]) =>
      list.reduce((m, p) => m.set(p.reference, (m.get(p.reference) ?? 0) + 1), new Map<string, number>());
    const prescriberCount = count(prescribers);
    const structureCount = count(structures);
    return [
      {
        name: 'candidatures',
        header: [
          'reference',
          'received_at',
          'commune_code',
          'commune',
          'signer_name',
          'signer_role',
          'contact_name',
          'role',
          'email',
          'phone',
          'components',
          ...years.map((y) => `people_${y}`),
          'prescribers',
          'structures',
          'project_description',
          'project_cost',
          'message',
          'consent',
        ],
        rows: rows.map(({ reference, receivedAt, request: r }) => [
          reference,
          receivedAt,
          r.communeCode,
          mgpCommune(r.communeCode)?.nom ?? '',
          r.signerName ?? '',
          r.signerRole ?? '',
          r.contactName,
          r.role,
          r.email,
          r.phone,
          r.components.join('|'),
          ...years.map((y) => r.expectedPeople?.[y] ?? ''),
          prescriberCount.get(reference) ?? 0,
          structureCount.get(reference) ?? 0,
          r.projectDescription ?? '',
          r.projectCost ?? '',
          r.message ?? '',
          r.consent ? 'yes' : 'no',
        ]),
      },
      {
        name: 'prescripteurs',
        header: ['reference', 'commune_code', 'position', 'organisation', 'kind', 'email'],
        rows: prescribers.map((p) => [p.reference, p.commune_code, Number(p.position) + 1, p.organisation, p.kind, p.email]),
      },
      {
        name: 'structures',
        header: ['reference', 'commune_code', 'position', 'name', 'status', 'siret', 'address', 'people_per_year'],
        rows: structures.map((s) => [
          s.reference,
          s.commune_code,
          Number(s.position) + 1,
          s.name,
          s.status,
          s.siret,
          s.address,
          Number(s.people_per_year),
        ]),
      },
    ];
  };
  const FORMULA_NOTE =
    "Cells a spreadsheet could run as formulas (`=`, `+`, `-`, `@` at the start of a value or after a `,`, `;`, tab or line break) are prefixed with `'`.";

  app.get(
    '/admin/participations.csv',
    {
      schema: {
        tags: ['admin'],
        operationId: 'exportParticipations',
        summary: 'All participations, as CSV',
        description: `Every application received, oldest first, one row each, every field (people per year of the funding rules; the number of prescribers and structures, listed in their own exports). ${FORMULA_NOTE}`,
        security: [{ bearer: [] }],
        produces: ['text/csv'],
      },
    },
    async (_request, reply) => {
      const [sheet] = await participationTables();
      return reply.headers(csv('participations.csv')).send(toCsv(sheet!.header, sheet!.rows));
    },
  );

  app.get(
    '/admin/participation-prescribers.csv',
    {
      schema: {
        tags: ['admin'],
        operationId: 'exportParticipationPrescribers',
        summary: 'The prescribers of every application, as CSV',
        description: `One row per prescriber, with the reference of its application. ${FORMULA_NOTE}`,
        security: [{ bearer: [] }],
        produces: ['text/csv'],
      },
    },
    async (_request, reply) => {
      const [, sheet] = await participationTables();
      return reply.headers(csv('participations-prescripteurs.csv')).send(toCsv(sheet!.header, sheet!.rows));
    },
  );

  app.get(
    '/admin/participation-structures.csv',
    {
      schema: {
        tags: ['admin'],
        operationId: 'exportParticipationStructures',
        summary: 'The mediation structures of every application, as CSV',
        description: `One row per structure, with the reference of its application. ${FORMULA_NOTE}`,
        security: [{ bearer: [] }],
        produces: ['text/csv'],
      },
    },
    async (_request, reply) => {
      const [, , sheet] = await participationTables();
      return reply.headers(csv('participations-structures.csv')).send(toCsv(sheet!.header, sheet!.rows));
    },
  );

  app.get(
    '/admin/participations.xlsx',
    {
      schema: {
        tags: ['admin'],
        operationId: 'exportParticipationsWorkbook',
        summary: 'All participations, their prescribers and structures, as one XLSX workbook',
        description:
          'Three sheets (candidatures, prescripteurs, structures) with the columns of the three CSV exports; every cell is a text or number cell, never a formula.',
        security: [{ bearer: [] }],
        produces: [XLSX_TYPE],
      },
    },
    async (_request, reply) => {
      const body = await toXlsx(await participationTables());
      return reply.headers({ 'Content-Type': XLSX_TYPE, 'Content-Disposition': 'attachment; filename="participations.xlsx"' }).send(body);
    },
  );

  app.get(
    '/admin/webinars/:id/registrations.csv',
    {
      schema: {
        tags: ['admin'],
        operationId: 'exportWebinarRegistrations',
        summary: "A session's registrations, as CSV",
        description: 'Registered people and the waiting list of one session, in order of registration.',
        security: [{ bearer: [] }],
        params: z.object({ id: z.string().min(1).max(100) }),
        produces: ['text/csv'],
        response: { 200: z.string(), 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      if (!(await getWebinar(db, request.params.id))) return sendProblem(reply, 404, 'not-found', 'No webinar with this id');
      const rows = await listRegistrations(db, request.params.id);
      // Role, commune code and accessibility needs let organisers arrange captions and sign language.
      const body = toCsv(
        [
          'name',
          'email',
          'organisation',
          'commune',
          'status',
          'registered_at',
          'role',
          'commune_code',
          'accessibility_needs',
          'accessibility_needs_other',
        ],
        rows.map((r) => [
          r.name,
          r.email,
          r.organisation,
          r.commune,
          r.status,
          r.created_at,
          r.role,
          r.commune_code,
          r.needs?.split('|').join(', '),
          r.needs_other,
        ]),
      );
      return reply.headers(csv(`inscriptions-${request.params.id}.csv`)).send(body);
    },
  );
  // Fastify's plugin type is async; nothing here needs to wait.
  return Promise.resolve();
};
