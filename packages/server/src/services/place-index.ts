// In-memory index of the places, for GET /v1/places. A finder sends many small queries (a map view, a
// commune, a few services) that each match a large share of the places and need a total count: the
// database would scan and sort thousands of rows per request. The places are few (the national dataset
// holds tens of thousands), so each server process keeps them sorted in memory with their filterable
// fields as bit masks, and answers queries with one pass over typed arrays.
//
// Consistency: the database stays the source of truth. Every write bumps `meta.places_version` in its
// transaction; the index compares it at most once per `maxStalenessMs` (and at once after a write
// from this process) and rebuilds itself when it changed, e.g. after `npm run import` in another process.
import { createHash } from 'node:crypto';
import { PLACE_ENUMS, type BBox, type EnumField } from '@npt/contract';
import type { Db } from '../db/connect.js';

/** Multi-valued fields a client can filter on (`?services=…`). */
export const LIST_FILTER_FIELDS = [...(Object.keys(PLACE_ENUMS) as EnumField[]), 'typologie'] as const;
export type ListFilterField = (typeof LIST_FILTER_FIELDS)[number];

export interface PlaceListQuery {
  /** Codes INSEE: the place is in one of them. */
  communes?: string[];
  /** [minLon, minLat, maxLon, maxLat]: the place has coordinates inside. */
  bbox?: BBox;
  /** Per field, the place has at least one of the values (fields are combined with AND). */
  filters?: Partial<Record<ListFilterField, string[]>>;
  limit: number;
  offset: number;
}

const ENUM_FIELDS = Object.keys(PLACE_ENUMS) as EnumField[];
/** Bit of each enumerated value, per field (every field has fewer than 32 values). */
const BITS = new Map(ENUM_FIELDS.map((field) => [field, new Map(PLACE_ENUMS[field].map((value, i) => [value as string, 1 << i]))]));

/** Name order as French readers expect it ("Écoute" with the E's), then id. */
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

interface Snapshot {
  version: number;
  /** Digest of every record: names this data across processes and database resets. */
  tag: string;
  size: number;
  ids: string[];
  records: string[];
  /** commune[i]: index in communeCodes of place i's code INSEE ('' when it has none). */
  commune: Uint16Array;
  communeCodes: string[];
  lat: Float64Array;
  lon: Float64Array;
  /** masks[f][i]: the values of ENUM_FIELDS[f] that place i has, as bits. */
  masks: Uint32Array[];
  typologie: string[][];
  position: Map<string, number>;
}

async function readVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'places_version').executeTakeFirst();
  return Number(row?.value ?? 0);
}

async function load(db: Db): Promise<Snapshot> {
  const version = await readVersion(db);
  const rows = await db.selectFrom('places').select(['id', 'nom', 'record', 'code_insee', 'latitude', 'longitude']).execute();
  rows.sort((a, b) => collator.compare(a.nom, b.nom) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const size = rows.length;
  const digest = createHash('sha1');
  for (const row of rows) digest.update(row.record);
  const snapshot: Snapshot = {
    version,
    tag: digest.digest('base64url').slice(0, 16),
    size,
    ids: new Array<string>(size),
    records: new Array<string>(size),
    commune: new Uint16Array(size),
    communeCodes: [''],
    lat: new Float64Array(size),
    lon: new Float64Array(size),
    masks: ENUM_FIELDS.map(() => new Uint32Array(size)),
    typologie: new Array<string[]>(size),
    position: new Map(),
  };
  const communeIndex = new Map([['', 0]]);
  rows.forEach((row, i) => {
    snapshot.ids[i] = row.id;
    snapshot.records[i] = row.record;
    const code = row.code_insee ?? '';
    let c = communeIndex.get(code);
    if (c === undefined) communeIndex.set(code, (c = snapshot.communeCodes.push(code) - 1));
    snapshot.commune[i] = c;
    // NaN never passes a bounding-box comparison: places without coordinates never match one.
    snapshot.lat[i] = row.latitude ?? NaN;
    snapshot.lon[i] = row.longitude ?? NaN;
    snapshot.position.set(row.id, i);
    const record = JSON.parse(row.record) as Record<string, unknown>;
    const values = (field: string) => (typeof record[field] === 'string' ? (record[field] as string).split('|') : []);
    ENUM_FIELDS.forEach((field, f) => {
      let mask = 0;
      for (const value of values(field)) mask |= BITS.get(field)!.get(value) ?? 0;
      snapshot.masks[f]![i] = mask;
    });
    snapshot.typologie[i] = values('typologie');
  });
  return snapshot;
}

export class PlaceListIndex {
  #snapshot: Snapshot | undefined;
  #checkedAt = -Infinity;
  #pending: Promise<Snapshot> | undefined;

  constructor(
    private readonly db: Db,
    private readonly maxStalenessMs = 1000,
  ) {}

  /** Forget the version check: the next query compares it (called after a write from this process). */
  invalidate(): void {
    this.#checkedAt = -Infinity;
  }

  async #current(): Promise<Snapshot> {
    if (this.#snapshot && performance.now() - this.#checkedAt < this.maxStalenessMs) return this.#snapshot;
    // One refresh at a time; concurrent requests share it.
    this.#pending ??= (async () => {
      try {
        const started = performance.now();
        const version = await readVersion(this.db);
        if (!this.#snapshot || this.#snapshot.version !== version) this.#snapshot = await load(this.db);
        this.#checkedAt = started;
        return this.#snapshot;
      } finally {
        this.#pending = undefined;
      }
    })();
    return this.#pending;
  }

  /**
   * A page of places as JSON text `{"items":[…],"total":…,"limit":…,"offset":…}`, items being the
   * stored v1.0.2 records in name order; built as text so that records are never parsed again. With
   * the tag of the data it was computed from: the same query on the same data gives the same text.
   */
  async queryJson(query: PlaceListQuery): Promise<{ json: string; tag: string }> {
    const s = await this.#current();
    // Plain indexed loops over typed arrays: this runs over every place for every request.
    let communes: Uint8Array | undefined;
    if (query.communes?.length) {
      communes = new Uint8Array(s.communeCodes.length);
      for (const code of query.communes) {
        const c = s.communeCodes.indexOf(code);
        if (c >= 0) communes[c] = 1;
      }
    }
    const [minLon, minLat, maxLon, maxLat] = query.bbox ?? [0, 0, 0, 0];
    const hasBox = query.bbox !== undefined;
    const columns: Uint32Array[] = [];
    const wanted: number[] = [];
    let typologie: Set<string> | undefined;
    for (const [field, values] of Object.entries(query.filters ?? {}) as Array<[ListFilterField, string[] | undefined]>) {
      if (!values?.length) continue;
      if (field === 'typologie') {
        typologie = new Set(values);
        continue;
      }
      const bits = BITS.get(field)!;
      columns.push(s.masks[ENUM_FIELDS.indexOf(field)]!);
      wanted.push(values.reduce((m, v) => m | (bits.get(v) ?? 0), 0));
    }
    const items: string[] = [];
    let total = 0;
    const end = query.offset + query.limit;
    const { commune, lat, lon } = s;
    next: for (let i = 0; i < s.size; i++) {
      if (communes !== undefined && communes[commune[i]!] !== 1) continue;
      if (hasBox) {
        const y = lat[i]!;
        const x = lon[i]!;
        if (!(y >= minLat! && y <= maxLat! && x >= minLon! && x <= maxLon!)) continue;
      }
      for (let f = 0; f < columns.length; f++) if ((columns[f]![i]! & wanted[f]!) === 0) continue next;
      if (typologie !== undefined && !s.typologie[i]!.some((t) => typologie.has(t))) continue;
      if (total >= query.offset && total < end) items.push(s.records[i]!);
      total++;
    }
    return { json: `{"items":[${items.join(',')}],"total":${total},"limit":${query.limit},"offset":${query.offset}}`, tag: s.tag };
  }

  /** One place's record as JSON text, or undefined. */
  async getJson(id: string): Promise<string | undefined> {
    const s = await this.#current();
    const i = s.position.get(id);
    return i === undefined ? undefined : s.records[i];
  }
}

const indexes = new WeakMap<Db, PlaceListIndex>();

/** The index of a database (one per database handle, shared by the app and the writes it makes). */
export function placeListIndex(db: Db): PlaceListIndex {
  let index = indexes.get(db);
  if (!index) indexes.set(db, (index = new PlaceListIndex(db)));
  return index;
}
