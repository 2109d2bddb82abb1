// Runs the server: configuration from the environment, database migrated (and seeded with the
// demonstration data when empty), the API, the demo site and the CDN files on one port.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { seedIfEmpty } from './demo/seed.js';
import { purgeIdempotencyKeys } from './services/idempotency.js';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${error.message}\nSee .env.example for every variable and its format.`);
      process.exit(1);
    }
    throw error;
  }
  const app = await buildApp({ config, serveStatic: true });
  if (config.seedDemo) {
    const seeded = await seedIfEmpty(app.db);
    if (seeded.places) app.log.info(`seeded ${seeded.places.accepted} demonstration places (${seeded.places.rejected} defective records rejected)`);
    if (seeded.webinars) app.log.info(`seeded ${seeded.webinars} demonstration webinars`);
  }
  await app.listen({ port: config.port, host: config.host });
  const base = `http://localhost:${(app.server.address() as { port: number }).port}`;
  const db = config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
  console.log(`Numérique pour tous: demo ${base}/  API ${base}/v1/  docs ${base}/docs  CDN ${base}/cdn/  (${db})`);
  void app.mailer.flush();
  // Retry unsent e-mails every minute; forget Idempotency-Keys after a day.
  let ticks = 0;
  const timer = setInterval(() => {
    void app.mailer.flush();
    if (ticks++ % 60 === 0) purgeIdempotencyKeys(app.db).catch((error: unknown) => app.log.error({ err: error }, 'purge failed'));
  }, 60_000);
  timer.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      clearInterval(timer);
      app.close().then(() => process.exit(0), () => process.exit(1));
    });
  }
}
