// Reference data: the Métropole's communes and the programme's funding rules.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CommuneListSchema, FundingRulesSchema, MGP_COMMUNES } from '@npt/contract';
import { sendCached } from '../http/cache.js';
import type { AppContext } from '../context.js';

export const referenceRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { config }) => {
  const communes = JSON.stringify(MGP_COMMUNES);
  app.get(
    '/communes',
    {
      schema: {
        tags: ['reference'],
        summary: "The 130 communes of the Métropole du Grand Paris (code INSEE, name, postal codes, département)",
        response: { 200: CommuneListSchema },
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
        summary: 'Funding rules of the programme (per-person support by year, project grants)',
        response: { 200: FundingRulesSchema },
      },
    },
    (request, reply) => sendCached(request, reply, rules, 'public, max-age=3600'),
  );
};
