// A small fake API mounted in the test runner's own HTTP server under /test-api/, so component
// tests exercise real HTTP (status codes, bodies, delays) without touching the network.
// Routes are registered per test through POST /test-api/__routes (see ./fake-api.ts),
// under a namespace per test module.
const routes = new Map(); // "GET /path" -> { status, body, headers, delay, times }

/** Koa middleware for the test runner's `middleware` option (it runs before the static file server). */
export function testApiMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/test-api/')) return next();
    if (ctx.path === '/test-api/__routes' && ctx.method === 'POST') {
      const body = await readBody(ctx.req);
      const spec = JSON.parse(body || '{}');
      // Each test module has its own namespace (/test-api/<ns>/...), so files running in parallel
      // do not reset each other's routes.
      const ns = spec.ns ? `/${spec.ns}` : '';
      if (spec.reset) for (const key of [...routes.keys()]) if (key.split(' ')[1].startsWith(`${ns}/`)) routes.delete(key);
      for (const r of spec.routes ?? []) routes.set(`${r.method ?? 'GET'} ${ns}${r.path}`, { ...r, hits: 0 });
      ctx.body = { ok: true };
      return;
    }
    if (ctx.path === '/test-api/__hits') {
      ctx.body = Object.fromEntries([...routes].map(([k, v]) => [k, v.hits]));
      return;
    }
    const path = ctx.path.slice('/test-api'.length);
    const route = routes.get(`${ctx.method} ${path}`);
    if (!route) {
      ctx.status = 404;
      ctx.body = { title: 'not found' };
      return;
    }
    route.hits++;
    if (route.delay) await new Promise((r) => setTimeout(r, route.delay));
    ctx.status = route.status ?? 200;
    for (const [k, v] of Object.entries(route.headers ?? {})) ctx.set(k, v);
    if (route.raw !== undefined) {
      ctx.body = route.raw;
      return;
    }
    ctx.body = route.body ?? null;
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
