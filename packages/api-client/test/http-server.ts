// A real local HTTP server for the client's node tests: routes are plain node:http handlers, every
// request is recorded (method, URL, headers, body) so tests can count attempts and inspect what was sent.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach } from 'node:test';

export interface Hit {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Handles one request; `n` counts the hits of this route from 1. */
export type Handler = (res: ServerResponse, n: number, req: IncomingMessage) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request received, in order. */
  hits: Hit[];
  /** Registers (or replaces) the handler of `METHOD /path` (path without query string). */
  route(method: string, path: string, handler: Handler): void;
  /** Hits of one route. */
  hitsOf(method: string, path: string): Hit[];
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const hits: Hit[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    const handler = routes.get(`${req.method} ${path}`);
    if (!handler) return json(res, 404, { title: 'Not found' }, 'application/problem+json');
    await handler(res, hits.filter((h) => h.method === req.method && h.url.split('?')[0] === path).length, req);
  };
  // A handler that throws answers 500, so that the test fails on its assertion rather than on a hang.
  const server = createServer((req, res) => void handle(req, res).catch((error: unknown) => json(res, 500, { title: String(error) })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    route: (method, path, handler) => void routes.set(`${method} ${path}`, handler),
    hitsOf: (method, path) => hits.filter((h) => h.method === method && h.url.split('?')[0] === path),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends `body` as JSON with `status`. */
export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(JSON.stringify(body));
}

/** A port nothing listens on (bound then released), for connection-refused errors. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The set-up every client test file shares: one server for the file (started in `before`, closed in
 * `after`) whose record of hits is emptied before each test. Use the returned object inside tests.
 */
export function useTestServer(): TestServer {
  let server: TestServer | undefined;
  before(async () => {
    server = await startServer();
  });
  after(() => server?.close());
  beforeEach(() => {
    if (server) server.hits.length = 0;
  });
  const current = () => {
    if (!server) throw new Error('the test server starts in before()');
    return server;
  };
  return {
    get origin() {
      return current().origin;
    },
    get hits() {
      return current().hits;
    },
    route: (method, path, handler) => current().route(method, path, handler),
    hitsOf: (method, path) => current().hitsOf(method, path),
    close: () => current().close(),
  };
}
