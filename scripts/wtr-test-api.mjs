// A small fake API mounted in the test runner's own HTTP server under /test-api/, so component
// tests exercise real HTTP (status codes, bodies, delays) without touching the network.
// Routes are registered per test through POST /test-api/__routes (see packages/ui/test/fake-api.ts).
const routes = new Map(); // "GET /path" -> { status, body, headers, delay, times }

export function testApiPlugin() {
  return {
    name: 'npt-test-api',
    serverStart({ app }) {
      app.use(async (ctx, next) => {
        if (!ctx.path.startsWith('/test-api/')) return next();
        if (ctx.path === '/test-api/__routes' && ctx.method === 'POST') {
          const body = await readBody(ctx.req);
          const spec = JSON.parse(body || '{}');
          if (spec.reset) routes.clear();
          for (const r of spec.routes ?? []) routes.set(`${r.method ?? 'GET'} ${r.path}`, { ...r, hits: 0 });
          ctx.body = { ok: true };
          return;
        }
        if (ctx.path === '/test-api/__hits') {
          ctx.body = Object.fromEntries([...routes].map(([k, v]) => [k, v.hits]));
          return;
        }
        const path = ctx.path.slice('/test-api'.length);
        const route = routes.get(`${ctx.method} ${path}`);
        if (!route) { ctx.status = 404; ctx.body = { title: 'not found' }; return; }
        route.hits++;
        if (route.delay) await new Promise((r) => setTimeout(r, route.delay));
        ctx.status = route.status ?? 200;
        for (const [k, v] of Object.entries(route.headers ?? {})) ctx.set(k, v);
        if (route.raw !== undefined) { ctx.body = route.raw; return; }
        ctx.body = route.body ?? null;
      });
    },
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
