// The Fastify application: the JSON API under /v1 (OpenAPI 3.1 at /v1/openapi.json, docs at /docs) and,
// when asked, the demo commune site at / and the CDN files at /cdn/.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Transporter } from 'nodemailer';
import { REPO_ROOT, type Config } from './config.js';
import { cdnCacheControl } from './http/cdn-cache.js';
import { migrate, openDatabase, type Db } from './db/connect.js';
import { errorHandler, notFoundHandler } from './http/problem.js';
import { registerSecurity } from './http/security.js';
import { openRedis, perEmailLimit, registerLimits } from './http/limits.js';
import { requestSerializer } from './http/redact.js';
import { registerOpenApi } from './http/openapi.js';
import { refuseNulInUrls } from './http/url-guard.js';
import { Mailer } from './services/outbox.js';
import { adminRoutes } from './routes/admin.js';
import { participationRoutes } from './routes/participations.js';
import { placesRoutes } from './routes/places.js';
import { referenceRoutes } from './routes/reference.js';
import { webinarRoutes } from './routes/webinars.js';
import type { AppContext } from './context.js';

export interface AppOptions {
  config: Config;
  /** An open database; by default the one of `config.database` (migrated either way). */
  db?: Db;
  /** Serve the demo site (`/`) and the CDN build (`/cdn/`). */
  serveStatic?: boolean;
  /** Where the demo site and the CDN build are (default: the repository's demo/ and dist/cdn/). */
  demoDir?: string;
  cdnDir?: string;
  /** A nodemailer transport to use instead of SMTP_URL (tests). */
  mailTransport?: Transporter;
  logger?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    mailer: Mailer;
  }
}

export { redactTokens } from './http/redact.js';

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // Registration tokens are secrets carried in paths: keep them out of the logs.
            serializers: { req: requestSerializer },
          },
    bodyLimit: config.bodyLimit,
    // A client trickling its body a byte at a time must not hold a connection: the whole request has
    // REQUEST_TIMEOUT_MS, checked every second (Node checks every 30 s by default), and a silent socket
    // is closed after the same delay.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.requestTimeoutMs,
    // Node only enforces requestTimeout when the server is created with it, not when Fastify sets it after.
    http: { requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: 1000 },
    // A number of hops becomes proxy-addr's own rule (trust the n nearest), which Fastify's types only take as a function.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // Ids in paths may be long (national ids are UUIDs or "structure-123").
    routerOptions: { maxParamLength: 500 },
    // The router's own errors (malformed or too long path segments) are problems like the others.
    frameworkErrors: errorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  // The API reads JSON only: any other body is a 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');

  const db = options.db ?? openDatabase(config.database);
  await migrate(db);
  const mailer = options.mailTransport
    ? new Mailer(db, options.mailTransport, config.mailFrom, app.log)
    : Mailer.fromUrl(db, config.smtpUrl, config.mailFrom, app.log);
  app.decorate('db', db);
  app.decorate('mailer', mailer);
  const redis = openRedis(config, app.log);
  app.addHook('onClose', async () => {
    // In-flight requests have finished (Fastify closes the server first); let the mail being sent finish.
    await mailer.stop();
    // quit() fails when Redis is down; disconnect() then stops ioredis reconnecting (which keeps the process alive).
    await redis?.quit().catch(() => redis.disconnect());
    if (!options.db) await db.destroy();
  });

  await registerSecurity(app, config.allowedOrigins);
  await registerLimits(app, config, redis);

  await registerOpenApi(app, config);
  refuseNulInUrls(app);

  const context: AppContext = { db, config, mailer, perEmail: perEmailLimit(app, config) };
  await app.register(
    async (v1) => {
      v1.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
      await v1.register(referenceRoutes, context);
      await v1.register(placesRoutes, context);
      await v1.register(participationRoutes, context);
      await v1.register(webinarRoutes, context);
      if (config.adminToken) await v1.register(adminRoutes, context);
    },
    { prefix: '/v1' },
  );

  if (options.serveStatic) {
    const setHeaders = (reply: { header(name: string, value: string): unknown }, path: string) => {
      // Module scripts need a JavaScript MIME type; maplibre's worker is an .mjs file.
      if (/\.m?js$/.test(path)) reply.header('Content-Type', 'text/javascript; charset=utf-8');
    };
    const demoDir = options.demoDir ?? join(REPO_ROOT, 'demo');
    const cdnDir = options.cdnDir ?? join(REPO_ROOT, 'dist', 'cdn');
    if (existsSync(demoDir)) await app.register(fastifyStatic, { root: demoDir, prefix: '/', setHeaders, maxAge: 60_000 });
    else app.log.warn(`demo site not found at ${demoDir}`);
    if (existsSync(cdnDir)) {
      const cdnHeaders = (reply: { header(name: string, value: string): unknown }, path: string) => {
        setHeaders(reply, path);
        reply.header('Cache-Control', cdnCacheControl(relative(cdnDir, path)));
      };
      await app.register(fastifyStatic, { root: cdnDir, prefix: '/cdn/', decorateReply: false, setHeaders: cdnHeaders });
    } else app.log.warn(`CDN build not found at ${cdnDir}: run \`npm run build\``);
  }
  return app;
}

function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}
