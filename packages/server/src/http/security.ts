// Cross-origin and header policy: an exact allowlist of commune origins for the API, public CDN files,
// and a Content-Security-Policy strict enough for the demo site and the API docs.
import type { FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';

/** Outside services the widgets may call (DOMAIN.md): IGN's Géoplateforme (tiles, geocoding), the national address API, OpenFreeMap. */
const GEO = ['https://data.geopf.fr', 'https://api-adresse.data.gouv.fr', 'https://tiles.openfreemap.org'];

const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Lit uses constructable stylesheets; the demo pages and maplibre's popups use style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:', ...GEO],
  fontSrc: ["'self'", 'data:', ...GEO],
  connectSrc: ["'self'", ...GEO],
  // maplibre's worker is served from /cdn/ (same origin); blob: for browsers that wrap it.
  workerSrc: ["'self'", 'blob:'],
  childSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  upgradeInsecureRequests: null,
};

export async function registerSecurity(app: FastifyInstance, allowedOrigins: string[]) {
  await app.register(helmet, {
    contentSecurityPolicy: { directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
    // Commune sites load /cdn/ scripts cross-origin (set per route below).
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  const allowed = new Set(allowedOrigins);
  await app.register(cors, {
    // Exact match only: no "null", no look-alike (https://montreuil.fr.evil.example), no wildcard.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match'],
    exposedHeaders: ['ETag', 'Retry-After', 'Idempotent-Replayed', 'Location'],
    maxAge: 600,
    strictPreflight: true,
  });
  // The CDN files are public and embedded by any commune site as module scripts (a CORS request).
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/cdn/')) {
      reply.header('Access-Control-Allow-Origin', '*');
      reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
    }
  });
}
