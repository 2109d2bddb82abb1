// End-to-end harness shared by every e2e/*.e2e.test.ts: the real server (API, demo site, CDN files) on an
// ephemeral port with a fresh temporary SQLite database, seeded with the demonstration data, and
// Debian's Chromium through playwright-core.
//
//   const app = await startApp();            // app.url = 'http://127.0.0.1:PORT'
//   const browser = await launchBrowser();
//   const page = await browser.newPage();
//   await page.goto(`${app.url}/`);
//   …
//   await browser.close(); await app.close();
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServer, type RequestListener } from 'node:http';
import { after, before } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { seedIfEmpty } from '../packages/server/src/demo/seed.js';
import type { Db } from '../packages/server/src/db/connect.js';

// The browser flags of the component tests (a plain .mjs file without types: imported by a computed specifier).
const wtrConfig = '../web-test-runner.config.mjs';
/** Chromium's flags for headless runs here (web-test-runner.config.mjs). */
const { chromiumArgs } = (await import(wtrConfig)) as { chromiumArgs: string[] };

export interface StartAppOptions {
  /** Extra environment variables (see .env.example), e.g. `{ ALLOWED_ORIGINS: 'http://127.0.0.1:1234' }`. */
  env?: Record<string, string>;
  /** Seed the demonstration places and webinars (default true). */
  seed?: boolean;
  /** Serve another directory as the demo site / the CDN files. */
  demoDir?: string;
  cdnDir?: string;
}

export interface RunningApp {
  /** Base URL, without a trailing slash: `${url}/v1/places`, `${url}/cdn/npt-finder.js`. */
  url: string;
  /** The app's database (Kysely), to arrange or check data directly. */
  db: Db;
  close(): Promise<void>;
}

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'npt-e2e-'));
  const config = loadConfig({
    DATABASE_URL: join(dir, 'npt.sqlite'),
    HOST: '127.0.0.1',
    PORT: '0',
    // Browsers in tests load many files quickly; the rate-limit tests live in the server's own suite.
    RATE_LIMIT_MAX: '100000',
    RATE_LIMIT_WRITE_MAX: '10000',
    RATE_LIMIT_EMAIL_MAX: '10000',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const app = await buildApp({
    config,
    serveStatic: true,
    logger: false,
    ...(options.demoDir ? { demoDir: options.demoDir } : {}),
    ...(options.cdnDir ? { cdnDir: options.cdnDir } : {}),
  });
  if (options.seed !== false) await seedIfEmpty(app.db);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db: app.db,
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium (or CHROME_PATH), headless, with the flags the browser tests use. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
}

export interface CommuneSite {
  /** Origin of the site, e.g. 'http://127.0.0.1:41234' (another port: another origin than the app). */
  url: string;
  close(): Promise<void>;
}

/**
 * A commune's own website on another origin, to embed the widgets the way a commune does (CDN script
 * tags, API calls through CORS). `page` is an HTML string served at every path, or a request listener.
 * Pass its `url` to `startApp({ env: { ALLOWED_ORIGINS: url } })` — start the site first.
 */
export async function serveCommuneSite(page: string | RequestListener): Promise<CommuneSite> {
  const server = createServer(
    typeof page === 'string'
      ? (_req, res) => {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(page);
        }
      : page,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The usual set-up of an e2e file: one seeded app and one browser for the whole file, closed after it.
 * Read `e2e.app` and `e2e.browser` inside tests (they exist once `before` has run).
 */
export function useAppAndBrowser(options: StartAppOptions = {}): { readonly app: RunningApp; readonly browser: Browser } {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  before(async () => {
    app = await startApp(options);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });
  return {
    get app() {
      if (!app) throw new Error('the app starts in before()');
      return app;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in before()');
      return browser;
    },
  };
}

/** Spaces as a person reads them: no-break and narrow no-break spaces folded, runs collapsed. */
export const normalizeSpaces = (s: string | null | undefined): string =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
