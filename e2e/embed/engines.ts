// Firefox and WebKit for the embedding tests, behind one tiny interface (open a URL, evaluate an
// expression in the page): Firefox ESR through puppeteer-core over WebDriver BiDi, WebKitGTK's MiniBrowser
// through WebKitWebDriver (classic WebDriver, under xvfb-run: MiniBrowser needs a display) and webdriverio.
// The journeys themselves run inside the page (journeys.browser.ts), the same in every engine.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect as netConnect, createServer } from 'node:net';

interface EnginePage {
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page; a promise is awaited. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Runs a script (statements) in the page. */
  run(script: string): Promise<void>;
}
export interface Engine {
  name: string;
  /** A fresh page (tab) of the engine. */
  page(): Promise<EnginePage>;
  close(): Promise<void>;
}

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = 'WebKitWebDriver';
const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Why an engine cannot run here, or undefined when it can. */
export function unavailable(name: 'firefox' | 'webkit'): string | undefined {
  if (name === 'firefox') return existsSync(FIREFOX) ? undefined : `${FIREFOX} is not installed (apt-get install firefox-esr)`;
  const onPath = (cmd: string) => (process.env.PATH ?? '').split(':').some((d) => existsSync(`${d}/${cmd}`));
  if (!onPath(WEBKIT_DRIVER)) return 'WebKitWebDriver is not installed (apt-get install webkit2gtk-driver)';
  if (!onPath('xvfb-run')) return 'xvfb-run is not installed (apt-get install xvfb xauth)';
  if (!existsSync(MINIBROWSER)) return `${MINIBROWSER} is missing`;
  return undefined;
}

export async function launchFirefox(): Promise<Engine> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
  return {
    name: 'Firefox',
    async page() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        run: async (script) => void (await page.evaluate(`(() => { ${script}\n })()`)),
      };
    },
    close: () => browser.close(),
  };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export async function launchWebKit(): Promise<Engine> {
  const { remote } = await import('webdriverio');
  const port = await freePort();
  // Its own process group, so that closing ends xvfb-run, Xvfb and the driver together, and nothing else.
  const driver: ChildProcess = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const sessions: { deleteSession(): Promise<unknown> }[] = [];
  const listening = () =>
    new Promise<boolean>((resolve) => {
      const socket = netConnect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      }).once('error', () => resolve(false));
    });
  const connect = async () => {
    // The driver is still starting: wait for its port before opening the session.
    for (let i = 0; i < 80 && !(await listening()); i++) await new Promise((r) => setTimeout(r, 250));
    for (let attempt = 0; ; attempt++) {
      try {
        return await remote({
          hostname: '127.0.0.1',
          port,
          path: '/',
          logLevel: 'error',
          connectionRetryCount: 0,
          capabilities: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } as WebdriverIO.Capabilities,
        });
      } catch (e) {
        if (attempt > 4) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  };
  try {
    return {
      name: 'WebKit',
      async page() {
        // One WebDriver session (one MiniBrowser) for the engine, navigated from page to page: a session
        // costs seconds to start.
        if (!sessions[0]) {
          const created = await connect();
          await created.setWindowSize(1280, 900).catch(() => undefined);
          sessions.push(created);
        }
        const browser = sessions[0] as Awaited<ReturnType<typeof connect>>;
        return {
          goto: async (url) => void (await browser.url(url)),
          evaluate: (expression) => browser.execute(`return (${expression});`) as Promise<never>,
          run: async (script) => void (await browser.execute(script)),
        };
      },
      async close() {
        await Promise.all(sessions.map((s) => s.deleteSession().catch(() => undefined)));
        stop();
      },
    };
  } catch (e) {
    stop();
    throw e;
  }
}
