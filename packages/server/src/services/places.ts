// Places: upsert of normalised places and the filtered, paginated queries behind GET /v1/places.
// Stored as the v1.0.2 standard record the API serves (JSON text), plus indexed columns for the
// filters: commune code, coordinates, and one place_values row per value of an enumerated field.
import { PLACE_ENUMS, toStandardRecord, type Place } from '@npt/contract';
import type { Db } from '../db/connect.js';

/** Multi-valued fields a client can filter on (`?services=…`); their values are indexed in place_values. */
export const FILTER_FIELDS = [...(Object.keys(PLACE_ENUMS) as Array<keyof typeof PLACE_ENUMS>), 'typologie'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface PlaceQuery {
  /** Codes INSEE: the place is in one of them. */
  communes?: string[];
  /** [minLon, minLat, maxLon, maxLat]: the place has coordinates inside. */
  bbox?: [number, number, number, number];
  /** Per field, the place has at least one of the values (fields are combined with AND). */
  filters?: Partial<Record<FilterField, string[]>>;
  limit: number;
  offset: number;
}

export interface UpsertResult {
  inserted: number;
  updated: number;
}

const BATCH = 200;

/** Inserts or replaces places by id, with their filter values; one transaction per batch. */
export async function upsertPlaces(db: Db, places: Place[], source?: string): Promise<UpsertResult> {
  let inserted = 0;
  let updated = 0;
  const now = new Date().toISOString();
  for (let start = 0; start < places.length; start += BATCH) {
    const batch = places.slice(start, start + BATCH);
    const ids = batch.map((p) => p.id);
    await db.transaction().execute(async (trx) => {
      const existing = new Set((await trx.selectFrom('places').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
      const rows = batch.map((p) => ({
        id: p.id,
        nom: p.nom,
        commune: p.commune,
        code_postal: p.code_postal,
        code_insee: p.code_insee ?? null,
        latitude: p.latitude ?? null,
        longitude: p.longitude ?? null,
        record: JSON.stringify(toStandardRecord(p)),
        source: source ?? p.source ?? null,
        imported_at: now,
      }));
      await trx
        .insertInto('places')
        .values(rows)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            nom: eb.ref('excluded.nom'),
            commune: eb.ref('excluded.commune'),
            code_postal: eb.ref('excluded.code_postal'),
            code_insee: eb.ref('excluded.code_insee'),
            latitude: eb.ref('excluded.latitude'),
            longitude: eb.ref('excluded.longitude'),
            record: eb.ref('excluded.record'),
            source: eb.ref('excluded.source'),
            imported_at: eb.ref('excluded.imported_at'),
          })),
        )
        .execute();
      await trx.deleteFrom('place_values').where('place_id', 'in', ids).execute();
      const values = batch.flatMap((p) =>
        FILTER_FIELDS.flatMap((field) => [...new Set(p[field])].map((value) => ({ place_id: p.id, field, value }))),
      );
      for (let i = 0; i < values.length; i += 500) await trx.insertInto('place_values').values(values.slice(i, i + 500)).execute();
      for (const id of ids) existing.has(id) ? updated++ : inserted++;
    });
  }
  return { inserted, updated };
}

function filtered(db: Db, query: Omit<PlaceQuery, 'limit' | 'offset'>) {
  let q = db.selectFrom('places');
  if (query.communes?.length) q = q.where('code_insee', 'in', query.communes);
  if (query.bbox) {
    const [minLon, minLat, maxLon, maxLat] = query.bbox;
    q = q
      .where('latitude', '>=', minLat)
      .where('latitude', '<=', maxLat)
      .where('longitude', '>=', minLon)
      .where('longitude', '<=', maxLon);
  }
  for (const [field, values] of Object.entries(query.filters ?? {})) {
    if (!values?.length) continue;
    q = q.where('id', 'in', db.selectFrom('place_values').select('place_id').where('field', '=', field).where('value', 'in', values));
  }
  return q;
}

/**
 * A page of places as a JSON string `{"items":[…],"total":…,"limit":…,"offset":…}`, the items being the
 * stored standard records, in name order. Built as text so that records are never parsed again.
 */
export async function queryPlacesJson(db: Db, query: PlaceQuery): Promise<string> {
  const base = filtered(db, query);
  const [rows, count] = await Promise.all([
    base.select('record').orderBy('nom').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return `{"items":[${rows.map((r) => r.record).join(',')}],"total":${Number(count.n)},"limit":${query.limit},"offset":${query.offset}}`;
}

/** One place's standard record as JSON text, or undefined. */
export async function findPlaceJson(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('places').select('record').where('id', '=', id).executeTakeFirst();
  return row?.record;
}

export async function countPlaces(db: Db): Promise<number> {
  const row = await db.selectFrom('places').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
