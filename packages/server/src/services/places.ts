// Places: upsert of normalised places (the database is the source of truth) and the queries behind
// GET /v1/places, answered from an in-memory index of the places (services/place-index.ts) that is
// rebuilt when the `places_version` counter changes.
import { toStandardRecord, type Place } from '@npt/contract';
import type { Db } from '../db/connect.js';
import { placeListIndex } from './place-index.js';

export interface UpsertResult {
  inserted: number;
  updated: number;
}

const BATCH = 200;

/** Every write to places bumps the counter, in its own transaction: each process's index sees the change. */
function bumpPlacesVersion(trx: Db) {
  return trx
    .updateTable('meta')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('key', '=', 'places_version')
    .execute();
}

/** Inserts or replaces places by id; one transaction per batch, each bumping `places_version`. */
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
      await bumpPlacesVersion(trx);
      for (const id of ids) {
        if (existing.has(id)) updated++;
        else inserted++;
      }
    });
  }
  placeListIndex(db).invalidate();
  return { inserted, updated };
}

/**
 * Deletes the places of `source` whose ids are not in `keep`: what a re-import of a whole dataset
 * (e.g. the national one) no longer lists. Returns how many were deleted.
 */
export async function prunePlaces(db: Db, source: string, keep: ReadonlySet<string>): Promise<number> {
  const stale = (await db.selectFrom('places').select('id').where('source', '=', source).execute())
    .map((r) => r.id)
    .filter((id) => !keep.has(id));
  for (let i = 0; i < stale.length; i += 500) {
    await db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('places')
        .where('id', 'in', stale.slice(i, i + 500))
        .execute();
      await bumpPlacesVersion(trx);
    });
  }
  if (stale.length) placeListIndex(db).invalidate();
  return stale.length;
}

export async function countPlaces(db: Db): Promise<number> {
  const row = await db
    .selectFrom('places')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
