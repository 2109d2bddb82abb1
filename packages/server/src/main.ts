// Runs the server: configuration from the environment, database migrated (and seeded with the
// demonstration data when empty), the API, the demo site and the CDN files on one port.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { seedIfEmpty } from './demo/seed.js';
import { purgePersonalData } from './services/retention.js';

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
  let app;
  const background: { timer?: NodeJS.Timeout } = {};
  try {
    app = await buildApp({ config, serveStatic: true });
    stopOnSignals(app, config.shutdownTimeoutMs, () => clearInterval(background.timer));
    if (config.seedDemo) {
      const seeded = await seedIfEmpty(app.db);
      if (seeded.places)
        app.log.info(`seeded ${seeded.places.accepted} demonstration places (${seeded.places.rejected} defective records rejected)`);
      if (seeded.webinars) app.log.info(`seeded ${seeded.webinars} demonstration webinars`);
    }
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // A database that cannot be reached, a port in use: one line, no stack.
    console.error(`The server could not start: ${(error as Error).message ?? error}`);
    process.exit(1);
  }
  const base = `http://localhost:${(app.server.address() as { port: number }).port}`;
  const db = config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
  console.log(`Numérique pour tous: demo ${base}/  API ${base}/v1/  docs ${base}/docs  CDN ${base}/cdn/  (${db})`);
  void app.mailer.flush();
  // Unsent e-mails: retried every minute (any process may send any row: rows are claimed). Personal data
  // past its retention and old Idempotency-Keys: purged at start and every hour.
  const purge = () =>
    purgePersonalData(app.db, config.retentionMonths).then(
      (report) => (report.registrations || report.mails) && app.log.info(report, 'personal data past retention deleted'),
      (error: unknown) => app.log.error({ err: error }, 'purge failed'),
    );
  void purge();
  let ticks = 0;
  background.timer = setInterval(() => {
    void app.mailer.flush();
    if (++ticks % 60 === 0) void purge();
  }, 60_000);
  background.timer.unref();
}

/**
 * Graceful stop (a deployment, a scale-down): no new connection; requests in flight finish; the mail
 * being sent finishes and the other claimed rows are released for the other processes; then exit. A stop
 * that takes longer than `timeoutMs` is forced. Installed before listening, so that no signal finds the
 * server without it.
 */
function stopOnSignals(app: Awaited<ReturnType<typeof buildApp>>, timeoutMs: number, beforeClose: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      beforeClose();
      app.log.info(`${signal}: finishing the requests in flight, then stopping`);
      setTimeout(() => {
        console.error(`Stop forced after ${timeoutMs / 1000} s`);
        process.exit(1);
      }, timeoutMs).unref();
      // Keep-alive connections that finish their request after this point are closed as soon as idle.
      setInterval(() => app.server.closeIdleConnections(), 250).unref();
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`Stop failed: ${(error as Error).message ?? error}`);
          process.exit(1);
        },
      );
    });
  }
}
