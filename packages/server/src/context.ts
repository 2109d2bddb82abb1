import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import type { Db } from './db/connect.js';
import type { Mailer } from './services/outbox.js';

/** What every route plugin gets: the database, the configuration, the mailer, the per-address limit. */
export interface AppContext {
  db: Db;
  config: Config;
  mailer: Mailer;
  /** Pre-handler of the writes that e-mail the body's `email`: a limit per address and hour (http/limits.ts). */
  perEmail: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
}

/** Route config of the write endpoints: their own, stricter rate limit per client IP. */
export const writeRateLimit = (config: Config) => ({ rateLimit: { max: config.rateLimit.writeMax, timeWindow: '1 minute' } });
