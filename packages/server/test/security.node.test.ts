import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { COMMUNE_ORIGIN, json, testApp, type TestApp } from './helpers.js';
import { application } from './participations-fixture.js';
import { createWebinar } from '../src/services/webinars.js';

describe('CORS: an exact allowlist of commune origins', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp('sqlite');
  });
  after(() => t.close());

  const MATRIX: Array<[origin: string, allowed: boolean, why: string]> = [
    [COMMUNE_ORIGIN, true, 'listed'],
    ['https://www.saint-denis.fr', true, 'listed'],
    ['null', false, 'sandboxed iframes and file: pages send "null"'],
    ['http://www.montreuil.fr', false, 'other scheme'],
    ['https://www.montreuil.fr:8443', false, 'other port'],
    ['https://montreuil.fr', false, 'parent domain'],
    ['https://www.montreuil.fr.evil.example', false, 'look-alike suffix'],
    ['https://evil-www.montreuil.fr', false, 'look-alike prefix'],
    ['https://www.montreuil.fr/', false, 'not an origin'],
    ['HTTPS://WWW.MONTREUIL.FR', false, 'browsers send origins in lower case'],
  ];

  for (const [origin, allowed, why] of MATRIX) {
    test(`${allowed ? 'allows' : 'refuses'} ${origin} (${why})`, async () => {
      const r = await t.app.inject({ url: '/v1/communes', headers: { origin } });
      assert.equal(r.statusCode, 200, 'the response itself is the same: the browser enforces CORS');
      assert.equal(r.headers['access-control-allow-origin'], allowed ? origin : undefined);
      assert.match(String(r.headers.vary), /Origin/, 'caches must key on Origin');
      assert.equal(r.headers['access-control-allow-credentials'], undefined);
      const preflight = await t.app.inject({
        method: 'OPTIONS',
        url: '/v1/participations',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
      });
      assert.equal(preflight.headers['access-control-allow-origin'], allowed ? origin : undefined);
      if (allowed) {
        assert.equal(preflight.statusCode, 204);
        const headers = String(preflight.headers['access-control-allow-headers'])
          .toLowerCase()
          .split(',')
          .map((h) => h.trim());
        assert.ok(headers.includes('idempotency-key') && headers.includes('content-type'), headers.join());
        assert.match(String(preflight.headers['access-control-allow-methods']), /POST/);
        assert.match(String(preflight.headers['access-control-allow-methods']), /DELETE/);
      }
    });
  }

  test('no Origin header (same origin, server to server): no CORS headers', async () => {
    const r = await t.app.inject({ url: '/v1/communes' });
    assert.equal(r.headers['access-control-allow-origin'], undefined);
  });
});

describe('limits and errors', () => {
  test('a body over BODY_LIMIT is a 413 problem', async () => {
    const t = await testApp('sqlite', { BODY_LIMIT: '4096' });
    try {
      const r = await t.app.inject({
        method: 'POST',
        url: '/v1/participations',
        headers: { 'idempotency-key': 'big', 'content-type': 'application/json' },
        payload: JSON.stringify({ ...application, message: 'x'.repeat(5000) }),
      });
      assert.equal(r.statusCode, 413);
      assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
      assert.equal(json(r.body).type, 'urn:npt:problem:payload-too-large');
    } finally {
      await t.close();
    }
  });

  test('behind one trusted proxy, a client cannot escape the rate limit by forging X-Forwarded-For', async () => {
    const t = await testApp('sqlite', { RATE_LIMIT_MAX: '2', TRUST_PROXY: '1' });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) {
        codes.push(
          (
            await t.app.inject({
              url: '/v1/communes',
              remoteAddress: '127.0.0.1',
              headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` },
            })
          ).statusCode,
        );
      }
      assert.deepEqual(codes, [200, 200, 429, 429]);
    } finally {
      await t.close();
    }
  });

  test('rate limits: a 429 problem with Retry-After; writes have their own, stricter limit', async () => {
    const t = await testApp('sqlite', { RATE_LIMIT_MAX: '5', RATE_LIMIT_WRITE_MAX: '2' });
    try {
      await createWebinar(t.db, {
        id: 'w',
        title: 'W',
        description: 'd',
        startsAt: new Date(Date.now() + 864e5).toISOString(),
        endsAt: new Date(Date.now() + 9e7).toISOString(),
        capacity: 5,
      });
      const writes = [];
      for (let i = 0; i < 3; i++) {
        writes.push(
          await t.app.inject({
            method: 'POST',
            url: '/v1/webinars/w/registrations',
            payload: {
              firstName: 'N',
              lastName: 'N',
              email: `n${i}@example.org`,
              organisation: 'Mairie',
              role: 'other',
              consent: true,
              antispam: { fillMs: 10000 },
            },
          }),
        );
      }
      assert.deepEqual(
        writes.map((w) => w.statusCode),
        [201, 201, 429],
      );
      const limited = writes[2]!;
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.match(String(limited.headers['content-type']), /^application\/problem\+json/);
      assert.equal(json(limited.body).type, 'urn:npt:problem:rate-limited');
      const reads = [];
      for (let i = 0; i < 6; i++) reads.push((await t.app.inject({ url: '/v1/communes' })).statusCode);
      assert.deepEqual(reads, [200, 200, 200, 200, 200, 429]);
      // Another client (IP) is not affected, nor are the static files (docs here).
      const other = await t.app.inject({ url: '/v1/communes', remoteAddress: '203.0.113.9' });
      assert.equal(other.statusCode, 200);
      assert.equal((await t.app.inject({ url: '/docs' })).statusCode, 200);
    } finally {
      await t.close();
    }
  });

  test('an internal error is a bare 500 problem, without stack or message', async () => {
    const t = await testApp('sqlite');
    await t.db.schema.dropTable('meta').execute(); // break the database under the app
    try {
      const r = await t.app.inject({ url: '/v1/places?frais_a_charge=Gratuit' });
      assert.equal(r.statusCode, 500);
      assert.deepEqual(json(r.body), { type: 'urn:npt:problem:internal', title: 'Internal server error', status: 500 });
    } finally {
      await t.close();
    }
  });

  test('security headers on every response; the API docs and the OpenAPI document are served', async () => {
    const t = await testApp('sqlite');
    try {
      const r = await t.app.inject({ url: '/v1/webinars' });
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.match(String(r.headers['content-security-policy']), /default-src 'self'/);
      assert.match(String(r.headers['content-security-policy']), /worker-src 'self' blob:/);
      assert.match(String(r.headers['strict-transport-security']), /max-age/);
      const spec = json((await t.app.inject({ url: '/v1/openapi.json' })).body);
      assert.equal(spec.openapi, '3.1.0');
      for (const path of [
        '/v1/places',
        '/v1/places/{id}',
        '/v1/communes',
        '/v1/funding-rules',
        '/v1/participations',
        '/v1/webinars',
        '/v1/webinars/{id}/registrations',
        '/v1/webinars/{id}/registrations/{token}',
        '/v1/webinars/{id}/calendar.ics',
      ]) {
        assert.ok(spec.paths[path], path);
      }
      const body = spec.paths['/v1/participations'].post.requestBody.content['application/json'].schema;
      assert.equal(body.additionalProperties, false, 'strict schemas are documented as such');
      assert.ok(
        spec.paths['/v1/participations'].post.parameters.some(
          (p: { in: string; name: string; required: boolean }) => p.in === 'header' && p.name === 'idempotency-key' && p.required,
        ),
      );
      assert.equal((await t.app.inject({ url: '/docs' })).statusCode, 200);
    } finally {
      await t.close();
    }
  });
});

describe('e-mails', () => {
  test('written to the outbox always, and sent through the transport when there is one', async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent: string[] = [];
    const original = transport.sendMail.bind(transport);
    transport.sendMail = (async (mail: SendMailOptions) => {
      // The mailer addresses one person by a plain string; anything else shows up whole in the assertion.
      sent.push(typeof mail.to === 'string' ? mail.to : JSON.stringify(mail.to));
      return original(mail);
    }) as typeof transport.sendMail;
    const t = await testApp('sqlite', { MAIL_FROM: 'NPT <npt@example.org>' }, transport);
    try {
      const r = await t.app.inject({
        method: 'POST',
        url: '/v1/participations',
        headers: { 'idempotency-key': 'mail-1' },
        payload: application,
      });
      assert.equal(r.statusCode, 201);
      await t.app.mailer.flush();
      assert.deepEqual(sent, [application.email]);
      const row = await t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
      assert.ok(row.sent_at);
      assert.equal(row.attempts, 1);
      await t.app.mailer.flush();
      assert.equal(sent.length, 1, 'sent once');
    } finally {
      await t.close();
    }
  });
});

describe('logs', () => {
  test('registration tokens never reach the access log', async () => {
    const { redactTokens } = await import('../src/app.js');
    assert.equal(redactTokens('/v1/webinars/w1/registrations/AbC_123-xyzAbC_123-xyz12?x=1'), '/v1/webinars/w1/registrations/[token]?x=1');
    assert.equal(redactTokens('/v1/webinars/w1/registrations'), '/v1/webinars/w1/registrations');
  });
});
