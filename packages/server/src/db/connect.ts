// Opens the database: embedded SQLite (better-sqlite3, a file under var/ by default) or PostgreSQL (pg)
// when DATABASE_URL is postgres://…, then runs the migrations. Same Kysely code on both.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import type { Database } from './schema.js';
import { migrationProvider } from './migrations.js';

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };
export type Db = Kysely<Database>;

export function openDatabase(config: DatabaseConfig): Db {
  if (config.kind === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    // WAL lets readers run while a write commits; foreign keys are off by default in SQLite.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    // better-sqlite3 waits for a lock synchronously, blocking the event loop: wait briefly there, and
    // longer asynchronously (ImmediateSqliteDriver), so that the other writer can finish meanwhile.
    sqlite.pragma(`busy_timeout = ${SYNC_BUSY_WAIT_MS}`);
    return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    // A test or a deployment may keep its tables in their own schema.
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Longest synchronous wait for a SQLite lock, per attempt. */
const SYNC_BUSY_WAIT_MS = 50;
/** Longest wait for a SQLite lock in all: another process (an import, another server) holds the write lock. */
const SQLITE_BUSY_WAIT_MS = 20_000;

const isBusy = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
};

/** Runs `attempt` again while SQLite answers "busy", with growing pauses, until `SQLITE_BUSY_WAIT_MS`. */
async function retryWhileBusy<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = performance.now() + SQLITE_BUSY_WAIT_MS;
  for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
    }
  }
}

/**
 * SQLite with several writers (server processes, `npm run import`) on one file. Kysely opens DEFERRED
 * transactions: one that reads and then writes fails at once with SQLITE_BUSY when another process wrote
 * meanwhile, whatever busy_timeout says. Here every transaction takes the write lock when it begins
 * (BEGIN IMMEDIATE), and beginning, committing and statements outside a transaction are retried while busy.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  #inTransaction = false;

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    return {
      executeQuery: (query) =>
        this.#inTransaction ? connection.executeQuery(query) : retryWhileBusy(() => connection.executeQuery(query)),
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    };
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    this.#inTransaction = true;
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await retryWhileBusy(() => connection.executeQuery(CompiledQuery.raw('commit')));
    this.#inTransaction = false;
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.#inTransaction = false;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export const isSqlite = (db: Db) => db.getExecutor().adapter instanceof SqliteAdapter;

/** Brings the schema up to date; throws with the failing migration's error. */
export async function migrate(db: Db): Promise<void> {
  // On PostgreSQL, pin Kysely's bookkeeping tables to the schema in use: without it, Kysely looks for
  // them in every schema and may find another schema's (several apps or tests on one database).
  const schema = isSqlite(db) ? undefined : (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
  const { error, results } = await new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`, { cause: error });
}
