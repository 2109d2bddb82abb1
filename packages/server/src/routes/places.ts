// GET /v1/places and /v1/places/{id}: records of the national standard v1.0.2, filtered and paginated.
import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { INSEE_PATTERN, MAX_PAGE_LIMIT, PLACE_ENUMS, ProblemSchema } from '@npt/contract';
import { LIST_FILTER_FIELDS, placeListIndex, type ListFilterField, type PlaceListQuery } from '../services/place-index.js';
import { sendCached } from '../http/cache.js';
import { sendProblem } from '../http/problem.js';
import { NotModified } from '../openapi/responses.js';
import type { AppContext } from '../context.js';

/** A comma-separated list, or the parameter repeated (`?services=a&services=b`). */
const list = (item: z.ZodType<string, string>, max = 50) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max));

const filterSchemas = Object.fromEntries(
  LIST_FILTER_FIELDS.map((field) => {
    const values = field === 'typologie' ? undefined : (PLACE_ENUMS[field] as readonly string[]);
    const item = values ? z.enum(values as [string, ...string[]]) : z.string().max(100);
    const allowed = values ? ` Values of the standard v1.0.2: ${values.join(' | ')}.` : '';
    return [
      field,
      list(item).optional().describe(`Places with at least one of these values (comma-separated, or the parameter repeated).${allowed}`),
    ];
  }),
) as Record<ListFilterField, z.ZodOptional<ReturnType<typeof list>>>;

const bbox = z
  .string()
  .transform((s) => s.split(',').map((n) => Number(n.trim())))
  .pipe(
    z
      .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
      .refine(([minLon, minLat, maxLon, maxLat]) => minLon <= maxLon && minLat <= maxLat, 'min must not exceed max'),
  )
  .describe('minLon,minLat,maxLon,maxLat (WGS84): places with coordinates inside.');

const PlacesQuerySchema = z.strictObject({
  communes: list(z.string().regex(INSEE_PATTERN), 1000).optional().describe('Codes INSEE, comma-separated: places in any of them.'),
  bbox: bbox.optional(),
  ...filterSchemas,
  limit: z.coerce.number().int().min(0).max(MAX_PAGE_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** A record of the standard v1.0.2 (multi-valued fields joined by `|`). */
const StandardRecord = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .describe('A place as a record of the national standard v1.0.2.');

const CACHE = 'public, max-age=60, stale-while-revalidate=300';

export const placesRoutes: FastifyPluginAsyncZod<AppContext> = (app, { db }) => {
  const index = placeListIndex(db);
  app.get(
    '/places',
    {
      schema: {
        tags: ['places'],
        operationId: 'listPlaces',
        summary: 'Mediation places (national standard v1.0.2), filtered and paginated',
        description:
          'Filters combine with AND; within one multi-valued filter, a place matches when it has ANY of the listed values. Sorted by name (French collation), then id.',
        querystring: PlacesQuerySchema,
        response: {
          200: z.object({ items: z.array(StandardRecord), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }),
          304: NotModified,
        },
      },
    },
    async (request, reply) => {
      const { communes, bbox, limit, offset, ...rest } = request.query;
      const query: PlaceListQuery = { limit, offset, filters: rest as PlaceListQuery['filters'] };
      if (communes) query.communes = communes;
      if (bbox) query.bbox = bbox as PlaceListQuery['bbox'];
      const page = await index.queryJson(query);
      // Same data and same URL: same body. Cheaper than hashing a page of 50 records.
      const etag = `"${page.tag}-${createHash('sha1').update(request.url).digest('base64url').slice(0, 16)}"`;
      return sendCached(request, reply, page.json, CACHE, undefined, etag);
    },
  );

  app.get(
    '/places/:id',
    {
      schema: {
        tags: ['places'],
        operationId: 'getPlace',
        summary: 'One mediation place',
        description: 'The record of the national standard v1.0.2 with this `id`, multi-valued fields joined by `|`.',
        params: z.object({ id: z.string().min(1).max(500) }),
        response: { 200: StandardRecord, 304: NotModified, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const json = await index.getJson(request.params.id);
      if (!json) return sendProblem(reply, 404, 'not-found', 'No place with this id');
      return sendCached(request, reply, json, CACHE);
    },
  );
  return Promise.resolve();
};
