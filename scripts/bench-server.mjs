// npm run bench:server — load test of the API server on loopback.
// The server runs in its own process (as in production) on a database holding 10 000 places; the
// load generator runs here. Scenarios: place queries by bounding box, by filters (communes, services,
// fees), and webinar registrations (each a write transaction with the capacity check).
// Each read scenario runs twice:
//  - at a steady 500 requests per second (the target: p99 under 50 ms), open loop: requests leave at
//    evenly spaced instants whatever the answers, and latency counts from the planned instant, so a
//    slow server cannot hide its queue (autocannon's own rate option sends each second's quota in a
//    burst, which measures the burst, not the rate);
//  - flat out with autocannon (20 connections), for the throughput.
// SQLite always; PostgreSQL too when DATABASE_URL=postgres://… is set (a throwaway schema).
// Options: --duration=10 (seconds per run), --connections=20, --places=10000.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { normalisePlaces, PLACE_ENUMS } from '@npt/contract';
import { migrate, openDatabase } from '../packages/server/src/db/connect.ts';
import { upsertPlaces } from '../packages/server/src/services/places.ts';
import { createWebinar } from '../packages/server/src/services/webinars.ts';
import { generateDemoRecords } from '../packages/server/src/demo/places.ts';

const root = join(import.meta.dirname, '..');
const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    places: { type: 'string', default: '10000' },
  },
});
const DURATION = Number(opts.duration);
const CONNECTIONS = Number(opts.connections);
const PLACES = Number(opts.places);

/** Deterministic pseudo-random numbers, so that two runs send the same queries. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function placeQueries() {
  const r = rng(7);
  // Map views over the Métropole: 1 to 5 km wide, as a finder's map sends when panning and zooming.
  const bbox = Array.from({ length: 500 }, () => {
    const w = 0.015 + r() * 0.06;
    const h = w * 0.66;
    const lon = 2.2 + r() * 0.3;
    const lat = 48.78 + r() * 0.16;
    return `/v1/places?bbox=${[lon, lat, lon + w, lat + h].map((n) => n.toFixed(4)).join(',')}&limit=50`;
  });
  const communes = ['75056', '93066', '93048', '94080', '92012', '92050', '94028', '93001'];
  const filters = Array.from({ length: 500 }, () => {
    const params = new URLSearchParams();
    params.set('communes', communes.filter(() => r() < 0.3).join(',') || '93066');
    params.set('services', PLACE_ENUMS.services.filter(() => r() < 0.25).join(',') || PLACE_ENUMS.services[0]);
    if (r() < 0.5) params.set('frais_a_charge', 'Gratuit');
    params.set('limit', '20');
    params.set('offset', String(Math.floor(r() * 3) * 20));
    return `/v1/places?${params}`;
  });
  return { bbox, filters };
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function prepare(dialect) {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'npt-bench-'));
    const file = join(dir, 'bench.sqlite');
    return { url: file, database: { kind: 'sqlite', file }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `bench_${process.pid}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  await client.end();
  const url = new URL(process.env.DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.href,
    database: { kind: 'postgres', url: process.env.DATABASE_URL, schema },
    cleanup: async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

async function load(database) {
  const db = openDatabase(database);
  await migrate(db);
  // Generated demonstration records, normalised like any import (defective ones are dropped).
  const { places } = normalisePlaces(generateDemoRecords(Math.ceil(PLACES * 1.06), 99), { source: 'bench' });
  if (places.length < PLACES) throw new Error(`only ${places.length} usable places generated`);
  await upsertPlaces(db, places.slice(0, PLACES));
  await createWebinar(db, {
    id: 'bench',
    title: 'Bench',
    description: 'Load test',
    capacity: 2000,
    startsAt: new Date(Date.now() + 7 * 864e5).toISOString(),
    endsAt: new Date(Date.now() + 7 * 864e5 + 36e5).toISOString(),
  });
  await db.destroy();
}

async function startServer(url) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--conditions=npt-source', '--import', 'tsx', join(root, 'packages/server/src/cli/serve.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_MAX: '10000000',
      RATE_LIMIT_WRITE_MAX: '10000000',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout.on('data', (chunk) => String(chunk).includes('Numérique pour tous:') && resolve());
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

function run(base, paths, { method = 'GET', body } = {}) {
  let i = 0;
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method,
        setupRequest: (req) => {
          const n = i++;
          if (body) return { ...req, path: paths[0], headers: { 'content-type': 'application/json' }, body: body(n) };
          return { ...req, path: paths[n % paths.length] };
        },
      },
    ],
  });
}

/** Open-loop load: `rate` requests per second for `seconds`, cycling through `paths`. */
async function openLoop(base, paths, rate, seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies = [];
  let errors = 0;
  const total = rate * seconds;
  const start = performance.now() + 50;
  const pending = [];
  for (let n = 0; n < total; n++) {
    const planned = start + (n * 1000) / rate;
    const wait = planned - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      new Promise((resolve) => {
        const req = request(`${base}${paths[n % paths.length]}`, { agent }, (res) => {
          res.on('data', () => {});
          res.on('end', () => {
            if (res.statusCode !== 200) errors++;
            latencies.push(performance.now() - planned);
            resolve();
          });
        });
        req.on('error', () => {
          errors++;
          resolve();
        });
        req.end();
      }),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
  return { rps: Math.round(latencies.length / elapsed), p50: at(0.5), p99: at(0.99), errors };
}

const rows = [];
const dialects = ['sqlite', ...(/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? ['postgres'] : [])];
for (const dialect of dialects) {
  const target = await prepare(dialect);
  try {
    const started = performance.now();
    await load(target.database);
    console.error(`${dialect}: ${PLACES} places loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const server = await startServer(target.url);
    try {
      const { bbox, filters } = placeQueries();
      // Warm up (JIT, SQLite page cache, PostgreSQL plans).
      await autocannon({
        url: server.base,
        connections: 4,
        amount: 2000,
        requests: [{ setupRequest: (req) => ({ ...req, path: bbox[Math.floor(Math.random() * bbox.length)] }) }],
      });
      const scenarios = [
        ['GET /v1/places?bbox=…', bbox, { rate: 500 }],
        ['GET /v1/places?bbox=…', bbox, {}],
        ['GET /v1/places?communes=…&services=…', filters, { rate: 500 }],
        ['GET /v1/places?communes=…&services=…', filters, {}],
        [
          'POST /v1/webinars/bench/registrations',
          ['/v1/webinars/bench/registrations'],
          {
            method: 'POST',
            body: (n) =>
              JSON.stringify({
                firstName: 'Personne',
                lastName: `${n}`,
                email: `bench-${dialect}-${n}-${Date.now()}@example.org`,
                organisation: 'Mairie',
                role: 'commune-staff',
                consent: true,
                antispam: { fillMs: 10000 },
              }),
          },
        ],
      ];
      for (const [name, paths, options] of scenarios) {
        if (options.rate) {
          rows.push({
            dialect,
            scenario: name,
            load: `${options.rate} req/s, open loop`,
            ...(await openLoop(server.base, paths, options.rate, DURATION)),
          });
        } else {
          const result = await run(server.base, paths, options);
          rows.push({
            dialect,
            scenario: name,
            load: `max (autocannon, ${CONNECTIONS} conn.)`,
            rps: Math.round(result.requests.average),
            p50: result.latency.p50,
            p99: result.latency.p99,
            errors: result.errors + result.timeouts + result.non2xx,
          });
        }
        console.error(
          `${dialect} ${name} ${rows.at(-1).load}: ${rows.at(-1).rps} req/s, p50 ${rows.at(-1).p50} ms, p99 ${rows.at(-1).p99} ms`,
        );
      }
    } finally {
      await server.stop();
    }
  } finally {
    await target.cleanup();
  }
}

const header = ['database', 'scenario', 'load', 'req/s', 'p50 ms', 'p99 ms', 'errors'];
const table = rows.map((r) => [r.dialect, r.scenario, r.load, String(r.rps), String(r.p50), String(r.p99), String(r.errors)]);
console.log(`\n${PLACES} places, ${DURATION} s per run, Node ${process.version}\n`);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const r of table) console.log(`| ${r.join(' | ')} |`);
