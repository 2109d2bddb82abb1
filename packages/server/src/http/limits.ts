// Rate limits and load shedding. Limits key on the client IP (per minute, writes stricter) and, for the
// writes that send an e-mail, on the e-mail address (per hour). With REDIS_URL the counters live in Redis
// and every server process shares them; without it each process counts alone, in memory.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import rateLimit, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { sendProblem } from './problem.js';

/** Seconds a client is asked to wait when the server sheds load. */
const OVERLOAD_RETRY_AFTER_S = 5;

/** Opens the Redis connection of the shared rate limits; undefined without REDIS_URL. */
export function openRedis(config: Config, log: { warn(obj: unknown, msg?: string): void }): Redis | undefined {
  if (!config.redisUrl) return undefined;
  // Fail fast: a request waits for a counter at most one retry, never for a reconnection loop.
  // No offline queue: while Redis is down a counter fails at once (and the request passes) instead of waiting.
  const redis = new Redis(config.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  // ioredis reconnects by itself; say so at most once a minute rather than at every attempt.
  let said = 0;
  redis.on('error', (error: Error) => {
    if (Date.now() - said < 60_000) return;
    said = Date.now();
    log.warn({ err: error }, 'Redis unreachable: rate limits counted by each process alone until it is back');
  });
  return redis;
}

/**
 * A rate-limit store counting in Redis, and in this process's memory whenever Redis fails (down,
 * unreachable, timing out): the plugin's own `skipOnError` would let every request through instead.
 */
function redisOrMemoryStore(redis: Redis, nameSpace: string): FastifyRateLimitStoreCtor {
  const Stores = rateLimitStores();
  const make = (key: string): FastifyRateLimitStore => {
    const shared = new Stores.RedisStore(false, false, redis, key);
    const local = new Stores.LocalStore(false, false);
    return {
      incr: (k, callback, timeWindow, max) =>
        shared.incr(k, (error, result) => (error ? local.incr(k, callback, timeWindow, max) : callback(null, result)), timeWindow, max),
      child: (route) => {
        const { routeInfo } = route as unknown as { routeInfo: { method: string; url: string } };
        return make(`${key}${routeInfo.method}${routeInfo.url}-`);
      },
    };
  };
  // The plugin calls `new`; a constructor returning an object makes `new` give that object.
  return function RedisOrMemoryStore() {
    return make(nameSpace);
  } as unknown as FastifyRateLimitStoreCtor;
}

/** The plugin's two stores, which it does not export by name. */
function rateLimitStores(): {
  RedisStore: new (...args: unknown[]) => FastifyRateLimitStore;
  LocalStore: new (...args: unknown[]) => FastifyRateLimitStore;
} {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@fastify/rate-limit'));
  type Stores = ReturnType<typeof rateLimitStores>;
  return {
    RedisStore: require(join(root, 'store', 'RedisStore.js')) as Stores['RedisStore'],
    LocalStore: require(join(root, 'store', 'LocalStore.js')) as Stores['LocalStore'],
  };
}

/**
 * The API routes are the ones limited, decided on the route the router matched: a test on the raw URL
 * is bypassed by percent-encoding (`/%761/participations` is routed to `/v1/participations`).
 */
const isLimitedRoute = (request: FastifyRequest) => request.routeOptions.url?.startsWith('/v1/') ?? false;

export async function registerLimits(app: FastifyInstance, config: Config, redis: Redis | undefined): Promise<void> {
  if (config.maxEventLoopDelayMs > 0) {
    // A saturated event loop answers everything late: better a quick 503 with Retry-After (the error
    // handler makes it a problem) than timeouts for every client.
    await app.register(underPressure, { maxEventLoopDelay: config.maxEventLoopDelayMs, retryAfter: OVERLOAD_RETRY_AFTER_S });
  }
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimit.max,
    timeWindow: '1 minute',
    // A Redis outage must not take the API down, nor lift every limit: each process counts alone, in
    // memory, until Redis is back.
    ...(redis ? { store: redisOrMemoryStore(redis, 'npt-rate-limit:') } : {}),
    skipOnError: true,
    // The demo pages, the CDN files and the docs are static files; the API is limited.
    allowList: (request) => !isLimitedRoute(request),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: `Rate limit exceeded, retry in ${context.after}`,
    }),
  });
}

/**
 * A pre-handler that limits the writes sending an e-mail per recipient address, whatever the client IP:
 * the programme's sender must not become a relay that floods one mailbox, nor a tool that fills a session
 * with one person's address under many IPs. The address is hashed before it reaches Redis.
 */
export function perEmailLimit(app: FastifyInstance, config: Config) {
  const limiter = app.createRateLimit({
    max: config.rateLimit.emailMax,
    timeWindow: '1 hour',
    keyGenerator: (request) => `email:${emailKey(request)}`,
  });
  return async function limitPerEmail(request: FastifyRequest, reply: FastifyReply) {
    if (!emailKey(request)) return;
    const result = await limiter(request);
    if (!('isExceeded' in result) || !result.isExceeded) return;
    reply.header('Retry-After', String(result.ttlInSeconds));
    return sendProblem(reply, 429, 'rate-limited', 'Too many requests for this e-mail address', {
      detail: `This e-mail address was used too many times in the last hour; retry in ${result.ttlInSeconds} s.`,
    });
  };
}

function emailKey(request: FastifyRequest): string {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? createHash('sha256').update(mailbox(email)).digest('base64url') : '';
}

/**
 * The mailbox an address reaches: case-insensitive, without a sub-address (`victim+1@` and `victim+2@`
 * both land in `victim@`, so they share one limit; each is still a distinct registration).
 */
const mailbox = (email: string) => {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at).replace(/\+.*$/, '') + address.slice(at);
};
