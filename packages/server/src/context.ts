import type { Config } from './config.js';
import type { Db } from './db/connect.js';
import type { Mailer } from './services/outbox.js';

/** What every route plugin gets: the database, the configuration, the mailer. */
export interface AppContext {
  db: Db;
  config: Config;
  mailer: Mailer;
}

/** Route config of the write endpoints: their own, stricter rate limit per client IP. */
export const writeRateLimit = (config: Config) => ({ rateLimit: { max: config.rateLimit.writeMax, timeWindow: '1 minute' } });
