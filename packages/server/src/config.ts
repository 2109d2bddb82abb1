// Configuration from environment variables (documented in /.env.example). Invalid configuration stops the
// server at start with a message naming each wrong variable, never a stack trace.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { isIP } from 'node:net';
import proxyaddr from 'proxy-addr';
import * as z from 'zod';
import { DEFAULT_FUNDING_RULES, FundingRulesSchema, type FundingRules } from '@npt/contract';

/** Repository root (packages/server/src -> ../../..), where var/, demo/ and dist/cdn/ live. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** An origin as a browser sends it: scheme, host and optional port, nothing else. */
const origin = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return ['http:', 'https:'].includes(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}, 'must be an exact origin like https://www.montreuil.fr (scheme, host, optional port; no path, no trailing slash)');

const EnvSchema = z.object({
  PORT: int(0, 65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** postgres://… for PostgreSQL; otherwise a SQLite file path (default var/npt.sqlite) or ":memory:". */
  DATABASE_URL: z
    .string()
    .min(1)
    .refine(
      (v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(postgres(ql)?|sqlite|file):\/\//i.test(v),
      'must be a postgres:// URL or a SQLite file path (sqlite:// and file:// accepted)',
    )
    .optional(),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(origin)),
  ADMIN_TOKEN: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Numérique pour tous <no-reply@localhost>'),
  PUBLIC_URL: z.url().optional(),
  FUNDING_RULES_FILE: z.string().min(1).optional(),
  /** Requests per minute and per client IP on the whole API. */
  RATE_LIMIT_MAX: int(1, 10_000_000).default(600),
  /** Write requests (POST, DELETE) per minute and per client IP. */
  RATE_LIMIT_WRITE_MAX: int(1, 10_000_000).default(30),
  BODY_LIMIT: int(1024, 10_000_000).default(32_768),
  /**
   * Proxies in front of the server whose X-Forwarded-For is believed: `false`, a number of hops (`1` for one
   * reverse proxy) or a comma list of their addresses or CIDR ranges. Never "all": the left-most
   * X-Forwarded-For value is the client's to choose, and rate limits would key on it.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine(
      (v) => !['true', 'yes'].includes(v.trim().toLowerCase()),
      'must be false, a number of proxy hops (e.g. 1) or a comma list of proxy addresses, never true (it would let clients choose their IP)',
    )
    .transform((v): false | number | string =>
      ['false', 'no', '0'].includes(v.trim().toLowerCase()) ? false : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v.trim(),
    )
    .superRefine((v, ctx) => {
      if (typeof v !== 'string') return;
      const problem = proxyListProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** redis://… shared by every server process for the rate limits; unset: each process counts alone, in memory. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Longest time to receive a whole request, headers and body (a client sending a byte every few seconds is cut). */
  REQUEST_TIMEOUT_MS: int(1000, 600_000).default(30_000),
  /** Event-loop delay above which the server sheds load with 503 and Retry-After; 0 disables. */
  MAX_EVENT_LOOP_DELAY_MS: int(0, 60_000).default(1000),
  /** Registrations and e-mails a same e-mail address may cause per hour, whatever the client IP. */
  RATE_LIMIT_EMAIL_MAX: int(1, 10_000_000).default(10),
  /** Months after a webinar session ends before its registrations (names, e-mails) are deleted. */
  RETENTION_MONTHS: int(1, 120).default(6),
  /** Seconds a stopping server (SIGTERM) gives the requests in flight and the e-mail being sent. */
  SHUTDOWN_TIMEOUT_S: int(1, 600).default(20),
  /** Turns on ALTCHA proof of work on the public forms: the HMAC key signing its challenges (same on every process). Off when unset. */
  ALTCHA_HMAC_KEY: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  /** A public form submitted faster than this after it was shown is a bot's (answered as accepted, never stored). */
  ANTISPAM_MIN_FILL_MS: int(0, 600_000).default(3000),
  SEED_DEMO: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  allowedOrigins: string[];
  adminToken: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string | undefined;
  fundingRules: FundingRules;
  rateLimit: { max: number; writeMax: number; emailMax: number };
  bodyLimit: number;
  trustProxy: false | number | string;
  redisUrl: string | undefined;
  requestTimeoutMs: number;
  maxEventLoopDelayMs: number;
  retentionMonths: number;
  shutdownTimeoutMs: number;
  /** Anti-spam of the public forms: ALTCHA when a key is set, and the minimum fill time. */
  antispam: { altchaHmacKey: string | undefined; minFillMs: number };
  seedDemo: boolean;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the configuration; throws a ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (PORT= in a .env file) means "not set".
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(defined);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  const database: Config['database'] = e.DATABASE_URL?.match(/^postgres(ql)?:\/\//)
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'sqlite', file: sqliteFile(e.DATABASE_URL) };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    allowedOrigins: e.ALLOWED_ORIGINS,
    adminToken: e.ADMIN_TOKEN,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL,
    fundingRules: e.FUNDING_RULES_FILE ? readFundingRules(e.FUNDING_RULES_FILE) : DEFAULT_FUNDING_RULES,
    rateLimit: { max: e.RATE_LIMIT_MAX, writeMax: e.RATE_LIMIT_WRITE_MAX, emailMax: e.RATE_LIMIT_EMAIL_MAX },
    bodyLimit: e.BODY_LIMIT,
    trustProxy: e.TRUST_PROXY,
    redisUrl: e.REDIS_URL,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS,
    retentionMonths: e.RETENTION_MONTHS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_S * 1000,
    antispam: { altchaHmacKey: e.ALTCHA_HMAC_KEY, minFillMs: e.ANTISPAM_MIN_FILL_MS },
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
  };
}

/**
 * Why a TRUST_PROXY list cannot be used, or undefined. proxy-addr (what Fastify uses) must parse it, and no
 * range may be so broad that it covers clients: a proxy range wider than /8 (IPv4) or /32 (IPv6) — or
 * `0.0.0.0/1,128.0.0.0/1`, which together trust everyone — would let any client set its own address.
 */
function proxyListProblem(list: string): string | undefined {
  const entries = list
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return 'must list at least one proxy address';
  try {
    proxyaddr.compile(entries);
  } catch (error) {
    return `not a list of addresses or CIDR ranges (${(error as Error).message})`;
  }
  for (const entry of entries) {
    const [address = '', mask] = entry.split('/');
    if (mask === undefined || !isIP(address)) continue; // a single address, or a name (loopback, linklocal, uniquelocal)
    const v4 = isIP(address) === 4;
    // Written in any of IPv6's spellings (`0:0:0:0:0:ffff:0:0`, `0::ffff:0.0.0.0`): judged on the canonical one.
    const mapped = !v4 && /^\[::ffff:[^:]+:[^:]+\]$/.test(new URL(`http://[${address}]`).hostname);
    let bits = mask.includes('.')
      ? mask.split('.').reduce((n, octet) => n + (Number(octet) >>> 0).toString(2).replace(/0/g, '').length, 0)
      : Number(mask);
    // An IPv4-mapped IPv6 range covers IPv4 clients: judge it as the IPv4 range it is.
    if (mapped) bits -= 96;
    const minimum = v4 || mapped ? 8 : 32;
    if (bits < minimum)
      return `${entry} is too broad for proxies (at least /${v4 ? 8 : mapped ? 104 : 32}): it would trust clients to say who they are`;
  }
  return undefined;
}

function sqliteFile(value: string | undefined): string {
  if (!value) return join(REPO_ROOT, 'var', 'npt.sqlite');
  const file = value.replace(/^(sqlite|file):(\/\/)?/, '');
  if (file === ':memory:' || isAbsolute(file)) return file;
  return join(REPO_ROOT, file);
}

function readFundingRules(file: string): FundingRules {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError([`FUNDING_RULES_FILE: cannot read ${file} as JSON (${(error as Error).message})`]);
  }
  const rules = FundingRulesSchema.safeParse(json);
  if (!rules.success) {
    throw new ConfigError(rules.error.issues.map((i) => `FUNDING_RULES_FILE ${file}: ${i.path.join('.')}: ${i.message}`));
  }
  return rules.data;
}
