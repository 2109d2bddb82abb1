// Reference data: the Métropole's communes and the programme's funding rules.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CommuneListSchema, FundingRulesSchema, MGP_COMMUNES } from '@npt/contract';
import { sendCached } from '../http/cache.js';
import { NotModified } from '../openapi/responses.js';
import type { AppContext } from '../context.js';

export const referenceRoutes: FastifyPluginAsyncZod<AppContext> = (app, { config }) => {
  const communes = JSON.stringify(MGP_COMMUNES);
  app.get(
    '/communes',
    {
      schema: {
        tags: ['reference'],
        operationId: 'listCommunes',
        summary: 'The 130 communes of the Métropole du Grand Paris (code INSEE, name, postal codes, département)',
        description:
          'The official list (EPCI 200054781), in the order of their codes INSEE; it changes only when the Métropole does. Cached for a day.',
        response: { 200: CommuneListSchema, 304: NotModified },
      },
    },
    (request, reply) => sendCached(request, reply, communes, 'public, max-age=86400'),
  );

  const rules = JSON.stringify(config.fundingRules);
  app.get(
    '/funding-rules',
    {
      schema: {
        tags: ['reference'],
        operationId: 'getFundingRules',
        summary: 'Funding rules of the programme (per-person support by year, project grants)',
        description:
          'The rules the funding simulator computes with: support per person and year with its ceiling, the share and ceiling of project grants. Cached for an hour.',
        response: { 200: FundingRulesSchema, 304: NotModified },
      },
    },
    (request, reply) => sendCached(request, reply, rules, 'public, max-age=3600'),
  );
  return Promise.resolve();
};
