// Test support: a fresh database per test app, SQLite always and PostgreSQL too when DATABASE_URL is set
// (each PostgreSQL app gets its own schema, dropped afterwards), and the app built on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import type { Transporter } from 'nodemailer';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { migrate, openDatabase, type DatabaseConfig, type Db } from '../src/db/connect.js';

export const PG_URL = process.env.DATABASE_URL?.match(/^postgres(ql)?:\/\//) ? process.env.DATABASE_URL : undefined;

export type Dialect = 'sqlite' | 'postgres';
/** The dialects to run each suite on: SQLite always, PostgreSQL when DATABASE_URL points to one. */
export const DIALECTS: Dialect[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDb {
  db: Db;
  dispose: () => Promise<void>;
}

export async function freshDb(dialect: Dialect): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'npt-test-'));
    const config: DatabaseConfig = { kind: 'sqlite', file: join(dir, 'test.sqlite') };
    const db = openDatabase(config);
    handles.set(db, config);
    await migrate(db);
    return {
      db,
      async dispose() {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const config: DatabaseConfig = { kind: 'postgres', url: PG_URL!, schema };
  const db = openDatabase(config);
  handles.set(db, config);
  await migrate(db);
  return {
    db,
    async dispose() {
      await db.destroy();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** A second handle on the same database, as another process (the import CLI) would open it. */
export function openSameDatabase(db: Db): Promise<Db> {
  const config = handles.get(db);
  if (!config) return Promise.reject(new Error('not a test database'));
  return Promise.resolve(openDatabase(config));
}
const handles = new WeakMap<Db, DatabaseConfig>();

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef0123456789';
export const COMMUNE_ORIGIN = 'https://www.montreuil.fr';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/** The app on a fresh database, with test-friendly configuration; `env` overrides it. */
export async function testApp(dialect: Dialect, env: Record<string, string> = {}, mailTransport?: Transporter): Promise<TestApp> {
  const { db, dispose } = await freshDb(dialect);
  const config = loadConfig({
    ALLOWED_ORIGINS: `${COMMUNE_ORIGIN},https://www.saint-denis.fr`,
    ADMIN_TOKEN,
    RATE_LIMIT_MAX: '100000',
    RATE_LIMIT_WRITE_MAX: '100000',
    RATE_LIMIT_EMAIL_MAX: '100000',
    // Load shedding has its own test; here a loaded CI machine must not turn a request into a 503.
    MAX_EVENT_LOOP_DELAY_MS: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await buildApp({ config, db, logger: false, ...(mailTransport ? { mailTransport } : {}) });
  await app.ready();
  return {
    app,
    db,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

export const json = (body: string) => JSON.parse(body);
