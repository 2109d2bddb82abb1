// Registers routes on the fake API that ./fake-api-server.mjs mounts under /test-api/ in the test
// runner's own HTTP server: widgets make real HTTP requests, and tests control the answers.
export interface FakeRoute {
  method?: string;
  path: string;
  status?: number;
  body?: unknown;
  /** A raw body, sent as is (for invalid JSON). */
  raw?: string;
  headers?: Record<string, string>;
  delay?: number;
}

/** A namespace per test module: files running in parallel keep their own routes. */
const ns = Math.random().toString(36).slice(2, 10);
/** Base URL of this module's fake API, e.g. `api="${FAKE_API}"`. */
export const FAKE_API = `/test-api/${ns}`;

/**
 * Sets this module's routes (replacing them unless `reset` is false). `namespace` is for data shared by
 * every test file (see samplePlacesUrl).
 */
export async function fakeApi(routes: FakeRoute[], reset = true, namespace = ns): Promise<void> {
  const res = await fetch(`/test-api/__routes`, { method: 'POST', body: JSON.stringify({ ns: namespace, reset, routes }) });
  if (!res.ok) throw new Error(`fake API setup failed: ${res.status}`);
}

/** How many times each of this module's routes was hit, keyed "METHOD /path". */
export async function fakeApiHits(): Promise<Record<string, number>> {
  const all = (await (await fetch('/test-api/__hits')).json()) as Record<string, number>;
  const mine: Record<string, number> = {};
  for (const [key, hits] of Object.entries(all)) {
    const [method, path] = key.split(' ');
    if (path!.startsWith(`/${ns}/`)) mine[`${method} ${path!.slice(ns.length + 1)}`] = hits;
  }
  return mine;
}
