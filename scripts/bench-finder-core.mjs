// The finder benchmark's core, run as is in Node and bundled into a page for Chromium
// (scripts/bench-finder.mjs): synthetic place sets generated from the real records with jittered
// coordinates, then the median time of a query (filters, distance, radius, sort) on each size.

/** A seeded pseudo-random generator (mulberry32), so both runtimes measure the same queries. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` raw records cycled from the real ones: unique ids, coordinates moved by up to ±0.05°. */
export function synthesise(records, size, rand) {
  const out = new Array(size);
  for (let i = 0; i < size; i++) {
    const r = records[i % records.length];
    const copy = { ...r, id: `${r.id}-${i}`, nom: `${r.nom} ${i}` };
    if (typeof r.latitude === 'number' && typeof r.longitude === 'number') {
      copy.latitude = r.latitude + (rand() - 0.5) * 0.1;
      copy.longitude = r.longitude + (rand() - 0.5) * 0.1;
    }
    out[i] = copy;
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

/**
 * Runs the benchmark with the contract module given (`normalisePlaces`, `PlaceIndex`, `PLACE_ENUMS`,
 * `FILTER_FIELDS`) and returns one row per size.
 */
export function runBench(contract, records, sizes = [1000, 10000, 100000], queriesPerSize = 60) {
  const { normalisePlaces, PlaceIndex, PLACE_ENUMS, FILTER_FIELDS } = contract;
  const rows = [];
  for (const size of sizes) {
    const rand = random(size);
    const raw = synthesise(records, size, rand);
    let t = performance.now();
    const { places } = normalisePlaces(raw);
    const normaliseMs = performance.now() - t;
    t = performance.now();
    const index = new PlaceIndex(places);
    const indexMs = performance.now() - t;
    const located = places.filter((p) => p.latitude !== undefined);
    const queries = [];
    for (let q = 0; q < queriesPerSize; q++) {
      const at = located[Math.floor(rand() * located.length)];
      const filters = {};
      const fields = Math.floor(rand() * 3);
      for (let f = 0; f < fields; f++) {
        const field = FILTER_FIELDS[Math.floor(rand() * FILTER_FIELDS.length)];
        const values = PLACE_ENUMS[field];
        filters[field] = [values[Math.floor(rand() * values.length)]];
      }
      queries.push({
        point: { lat: at.latitude + (rand() - 0.5) * 0.02, lon: at.longitude + (rand() - 0.5) * 0.02 },
        radiusKm: [2, 5, 10, 20, undefined][q % 5],
        filters,
        openSaturday: q % 7 === 0,
        now: new Date(2025, 2, 3 + (q % 7), 8 + (q % 10), (q * 7) % 60),
      });
    }
    const time = (extra) => {
      const ms = [];
      let found = 0;
      for (const q of queries) {
        const start = performance.now();
        found += index.search({ ...q, ...extra }).order.length;
        ms.push(performance.now() - start);
      }
      return { median: median(ms), p95: p95(ms), meanFound: Math.round(found / queries.length) };
    };
    time({}); // warm-up
    const plain = time({});
    const openNow = time({ openNow: true });
    const all = time({ radiusKm: undefined, filters: {}, openSaturday: false });
    rows.push({ size: places.length, normaliseMs, indexMs, plain, openNow, all });
  }
  return rows;
}

/** The rows as a text table. */
export function formatRows(runtime, rows) {
  const f = (n) => n.toFixed(n < 10 ? 2 : 1);
  const lines = [
    `${runtime}: places | normalise (once) | index (once) | query median (p95) | + open now median | all places by distance median | mean results`,
  ];
  for (const r of rows) {
    lines.push(
      `${runtime}: ${String(r.size).padStart(6)} | ${f(r.normaliseMs)} ms | ${f(r.indexMs)} ms | ${f(r.plain.median)} ms (${f(r.plain.p95)}) | ${f(r.openNow.median)} ms | ${f(r.all.median)} ms | ${r.plain.meanFound}`,
    );
  }
  return lines.join('\n');
}
