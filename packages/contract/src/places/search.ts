// Search over normalised places: distance from a point, radius, bounding box, commune, facet filters
// with counts, "open now" and "open on Saturday". Built once per data set (PlaceIndex), then each query
// runs over typed arrays: one pass to filter and count, one numeric sort of packed keys.
import { isOpenAt, isOpenOnWeekday, isPublicHoliday, weekSchedule } from '../opening-hours/evaluate.js';
import { parseOpeningHours, weekdayIndex, type OpeningHours, type TimeRange } from '../opening-hours/parse.js';
import { PLACE_ENUMS, type Place } from './model.js';
import { fold } from './text.js';

/** The standard's enumerations offered as filters, in display order. */
export const FILTER_FIELDS = [
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'modalites_accompagnement',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** Boolean filters on opening hours. */
export const HOURS_FILTERS = ['openNow', 'openSaturday'] as const;
export type HoursFilter = (typeof HOURS_FILTERS)[number];

export interface LatLon {
  lat: number;
  lon: number;
}

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export interface PlaceQuery {
  /** Sort by distance from this point. */
  point?: LatLon;
  /** Keep places within this many kilometres of `point` (needs `point`). */
  radiusKm?: number;
  /** Keep places of this commune (code INSEE); with a radius, its places without coordinates stay listed. */
  commune?: string;
  /** Keep places inside this box (the map's "search this area"). */
  bbox?: BBox;
  /** Selected options per field: a place matches a field when it has any of them (OR), and every field (AND). */
  filters?: Partial<Record<FilterField, readonly string[]>>;
  openNow?: boolean;
  openSaturday?: boolean;
  /** The instant "open now" refers to (defaults to the current time). */
  now?: Date;
}

/** How many places each option would give, the other selected filters being kept (faceted counts). */
export type FacetCounts = Record<FilterField, Record<string, number>> & Record<HoursFilter, number>;

export interface SearchResult {
  /** Indices into `index.places` of the matching places, in display order. */
  order: Uint32Array;
  /** Distance in kilometres from the query point, by place index (NaN when unknown). */
  distances: Float64Array;
  counts: FacetCounts;
}

const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Stable LSD radix sort of `values` by their 32-bit `keys` (three passes of 11 bits): linear time,
 * several times faster than a native sort of 100 000 numbers, and small buckets for small inputs.
 */
function radixSort(keys: Uint32Array, values: Uint32Array): Uint32Array {
  const n = keys.length;
  let k1: Uint32Array = keys;
  let v1: Uint32Array = values;
  let k2: Uint32Array = new Uint32Array(n);
  let v2: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(2048);
  for (const shift of [0, 11, 22]) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(k1[i]! >>> shift) & 0x7ff]!++;
    let sum = 0;
    for (let b = 0; b < 2048; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(k1[i]! >>> shift) & 0x7ff]!++;
      k2[at] = k1[i]!;
      v2[at] = v1[i]!;
    }
    [k1, k2, v1, v2] = [k2, k1, v2, v1];
  }
  return v1 === values ? values.slice() : v1;
}

function unitVector(lat: number, lon: number): [number, number, number] {
  const cosLat = Math.cos(lat * RAD);
  return [cosLat * Math.cos(lon * RAD), cosLat * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}

const FIELD_COUNT = FILTER_FIELDS.length;
const OPEN_NOW = FIELD_COUNT; // facet slots after the enumerated fields
const SATURDAY = FIELD_COUNT + 1;

/** Places prepared for fast queries. Build it once per data set. */
export class PlaceIndex {
  readonly places: readonly Place[];
  /** Parsed hours by place index (null: none, or unreadable and shown raw). */
  readonly hours: ReadonlyArray<OpeningHours | null>;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly xyz: Float64Array; // unit vectors: a chord length orders like the great-circle distance
  private readonly masks: Uint32Array; // FIELD_COUNT bit masks per place
  private readonly saturday: Uint8Array;
  private readonly week: Array<TimeRange[][] | null>;
  private readonly byCommuneName: Uint32Array;
  private readonly communes: string[];

  constructor(places: readonly Place[]) {
    const n = places.length;
    this.places = places;
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.xyz = new Float64Array(n * 3);
    this.masks = new Uint32Array(n * FIELD_COUNT);
    this.saturday = new Uint8Array(n);
    this.communes = places.map((p) => p.code_insee ?? p.commune);
    const hours: Array<OpeningHours | null> = [];
    this.week = [];
    // Many places share the same hours string: parse each string once (parsed hours are never mutated).
    const parsed = new Map<string, [OpeningHours | null, TimeRange[][] | null, boolean]>();
    places.forEach((p, i) => {
      this.lat[i] = p.latitude ?? NaN;
      this.lon[i] = p.longitude ?? NaN;
      this.xyz.set(unitVector(this.lat[i]!, this.lon[i]!), i * 3);
      FILTER_FIELDS.forEach((field, f) => {
        const values: readonly string[] = PLACE_ENUMS[field];
        let mask = 0;
        for (const v of p[field]) {
          const bit = values.indexOf(v);
          if (bit >= 0) mask |= 1 << bit;
        }
        this.masks[i * FIELD_COUNT + f] = mask;
      });
      const text = p.horaires ?? '';
      let entry = parsed.get(text);
      if (!entry) {
        const oh = parseOpeningHours(text);
        entry = [oh, oh && weekSchedule(oh).map((d) => d.ranges), !!oh && isOpenOnWeekday(oh, 5)];
        parsed.set(text, entry);
      }
      hours.push(entry[0]);
      this.week.push(entry[1]);
      this.saturday[i] = entry[2] ? 1 : 0;
    });
    this.hours = hours;
    // Folded keys (no case, no accents) compared as plain strings: a collator is ten times slower here.
    const keys = places.map((p) => fold(p.commune) + '\u0000' + fold(p.nom));
    this.byCommuneName = Uint32Array.from(places.keys()).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  }

  /** Whether place `i` is open at `date` (false when its hours are unknown or unreadable). */
  isOpen(i: number, date: Date): boolean {
    const oh = this.hours[i];
    return !!oh && isOpenAt(oh, date);
  }

  /** The mean position of a commune's places (code INSEE or name), when some have coordinates. */
  communeCentre(commune: string): LatLon | undefined {
    let lat = 0;
    let lon = 0;
    let k = 0;
    this.communes.forEach((c, i) => {
      if (c === commune && !Number.isNaN(this.lat[i]!)) {
        lat += this.lat[i]!;
        lon += this.lon[i]!;
        k++;
      }
    });
    return k ? { lat: lat / k, lon: lon / k } : undefined;
  }

  /** Runs a query: matching places in display order, distances and faceted counts. */
  search(query: PlaceQuery = {}): SearchResult {
    const n = this.places.length;
    const { point, bbox, commune } = query;
    const radius = point && query.radiusKm ? query.radiusKm : Infinity;
    const now = query.now ?? new Date();
    const required = FILTER_FIELDS.map((field) => {
      const values: readonly string[] = PLACE_ENUMS[field];
      let mask = 0;
      for (const v of query.filters?.[field] ?? []) {
        const bit = values.indexOf(v);
        if (bit >= 0) mask |= 1 << bit;
      }
      return mask;
    });
    const openNow = this.openNowTest(now);
    const counts = Object.fromEntries(FILTER_FIELDS.map((f) => [f, {}])) as FacetCounts;
    const raw = new Uint32Array((FIELD_COUNT + 2) * 32);
    const distances = new Float64Array(n).fill(NaN);
    const found = new Uint32Array(n);
    const keys = new Uint32Array(n);
    let matched = 0;
    const p0 = point && unitVector(point.lat, point.lon);

    // Places are visited in commune-then-name order, so that a stable sort by distance keeps that order
    // among equal distances, and no sort at all is needed without a point.
    for (let k = 0; k < n; k++) {
      const i = this.byCommuneName[k]!;
      const lat = this.lat[i]!;
      const lon = this.lon[i]!;
      const located = lat === lat;
      if (bbox && !(located && lon >= bbox[0] && lon <= bbox[2] && lat >= bbox[1] && lat <= bbox[3])) continue;
      const sameCommune = commune !== undefined && this.communes[i] === commune;
      let d = NaN;
      if (p0 && located) {
        // Chord between unit vectors, then the arc: three products instead of the trigonometry of haversine.
        const dx = this.xyz[i * 3]! - p0[0];
        const dy = this.xyz[i * 3 + 1]! - p0[1];
        const dz = this.xyz[i * 3 + 2]! - p0[2];
        const chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
        d = distances[i] = 2 * EARTH_KM * Math.asin(Math.min(1, chord / 2));
      }
      // Within the radius, or in the searched commune (which keeps its places without coordinates).
      if (radius !== Infinity ? !(d <= radius) && !sameCommune : commune !== undefined && !point && !sameCommune) continue;

      // Which filters the place fails; counts follow the usual faceted rule (an option's count keeps
      // every other field's selection), so a place failing two filters counts nowhere.
      let failed = -1;
      let failures = 0;
      const base = i * FIELD_COUNT;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const req = required[f]!;
        if (req && !(this.masks[base + f]! & req)) {
          failures++;
          failed = f;
        }
      }
      const isOpenNow = openNow(i);
      const isSaturday = this.saturday[i] === 1;
      if (query.openNow && !isOpenNow) {
        failures++;
        failed = OPEN_NOW;
      }
      if (query.openSaturday && !isSaturday) {
        failures++;
        failed = SATURDAY;
      }
      if (failures > 1) continue;
      for (let f = 0; f < FIELD_COUNT; f++) {
        if (failures === 1 && failed !== f) continue;
        let mask = this.masks[base + f]!;
        while (mask) {
          const bit = 31 - Math.clz32(mask);
          raw[f * 32 + bit]!++;
          mask &= ~(1 << bit);
        }
      }
      if (isOpenNow && (failures === 0 || failed === OPEN_NOW)) raw[OPEN_NOW * 32]!++;
      if (isSaturday && (failures === 0 || failed === SATURDAY)) raw[SATURDAY * 32]!++;
      if (failures === 0) {
        found[matched] = i;
        // Distance in metres (places without one go last).
        keys[matched++] = d === d ? Math.min(Math.round(d * 1000), 0xfffffffe) : 0xffffffff;
      }
    }

    FILTER_FIELDS.forEach((field, f) => {
      PLACE_ENUMS[field].forEach((value, bit) => {
        counts[field][value] = raw[f * 32 + bit]!;
      });
    });
    counts.openNow = raw[OPEN_NOW * 32]!;
    counts.openSaturday = raw[SATURDAY * 32]!;

    const order = point ? radixSort(keys.subarray(0, matched), found.subarray(0, matched)) : found.slice(0, matched);
    return { order, distances, counts };
  }

  /**
   * A fast "open at `now`" test per place: the precomputed weekly table on ordinary days, the full
   * evaluation when today or yesterday is a public holiday.
   */
  private openNowTest(now: Date): (i: number) => boolean {
    const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
    if (isPublicHoliday(now) || isPublicHoliday(yesterday)) return (i) => this.isOpen(i, now);
    const day = weekdayIndex(now);
    const before = (day + 6) % 7;
    const minute = now.getHours() * 60 + now.getMinutes();
    return (i) => {
      const week = this.week[i];
      if (!week) return false;
      for (const [s, e] of week[day]!) if (minute >= s && minute < e) return true;
      for (const [, e] of week[before]!) if (minute + 1440 < e) return true;
      return false;
    };
  }
}
