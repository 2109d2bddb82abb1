// Configuration from environment variables (documented in /.env.example). Invalid configuration stops the
// server at start with a message naming each wrong variable, never a stack trace.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
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
    .refine((v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(postgres(ql)?|sqlite|file):\/\//i.test(v), 'must be a postgres:// URL or a SQLite file path (sqlite:// and file:// accepted)')
    .optional(),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(origin)),
  ADMIN_TOKEN: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
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
    .refine((v) => !['true', 'yes'].includes(v.trim().toLowerCase()), 'must be false, a number of proxy hops (e.g. 1) or a comma list of proxy addresses, never true (it would let clients choose their IP)')
    .transform((v): false | number | string => (['false', 'no', '0'].includes(v.trim().toLowerCase()) ? false : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v.trim())),
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
  rateLimit: { max: number; writeMax: number };
  bodyLimit: number;
  trustProxy: false | number | string;
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
    rateLimit: { max: e.RATE_LIMIT_MAX, writeMax: e.RATE_LIMIT_WRITE_MAX },
    bodyLimit: e.BODY_LIMIT,
    trustProxy: e.TRUST_PROXY,
    antispam: { altchaHmacKey: e.ALTCHA_HMAC_KEY, minFillMs: e.ANTISPAM_MIN_FILL_MS },
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
  };
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
