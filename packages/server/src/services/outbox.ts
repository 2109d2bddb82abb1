// E-mails: always written to the outbox table in the transaction of the write that causes them, then
// sent through nodemailer when SMTP is configured (at-least-once; a failed send is retried later).
//
// Several server processes may share one database: each row is claimed before it is sent, atomically
// (PostgreSQL: FOR UPDATE SKIP LOCKED, so concurrent claims skip each other's rows; SQLite: one UPDATE …
// RETURNING, which runs alone), with a lease: a process that dies while sending leaves its rows to be
// claimed again once the lease has run out. A sent mail keeps its row (who was written to, when) but not
// its body, which carries the registration's secret link.
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Kysely } from 'kysely';
import { isSqlite, type Db } from '../db/connect.js';
import type { Database, OutboxTable } from '../db/schema.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export async function enqueueMail(trx: Kysely<Database>, mail: Mail): Promise<void> {
  await trx
    .insertInto('outbox')
    .values({ to_address: mail.to, subject: mail.subject, body: mail.text, created_at: new Date().toISOString(), attempts: 0 })
    .execute();
}

const MAX_ATTEMPTS = 5;
/** Rows claimed at once by one process. */
const BATCH = 50;
/** How long a claim holds: longer than sending a batch takes, short enough for a dead process's rows to be retried soon. */
const CLAIM_LEASE_MS = 5 * 60_000;

type Log = { error(obj: unknown, msg?: string): void };
type OutboxRow = Pick<OutboxTable, 'to_address' | 'subject' | 'body' | 'claimed_until'> & { id: number };

/**
 * A claim's mark in `claimed_until`: the lease's end, then a random suffix so that two claims made in the
 * same millisecond differ (the ISO prefix keeps `claimed_until < now` comparisons right).
 */
const claimStamp = (until: Date) => `${until.toISOString()}~${randomBytes(6).toString('hex')}`;

/**
 * Claims up to `limit` unsent rows for this process until `now + lease`: rows nobody holds, or whose
 * lease has run out. Each claim counts as an attempt, so a mail that crashes its sender is not retried forever.
 */
async function claimMails(db: Db, limit = BATCH, now = new Date(), leaseMs = CLAIM_LEASE_MS): Promise<OutboxRow[]> {
  const stamp = now.toISOString();
  const until = claimStamp(new Date(now.getTime() + leaseMs));
  const claimable = db
    .selectFrom('outbox')
    .select('id')
    .where('sent_at', 'is', null)
    .where('attempts', '<', MAX_ATTEMPTS)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', stamp)]))
    .orderBy('id')
    .limit(limit);
  const rows = await db
    .updateTable('outbox')
    .set((eb) => ({ claimed_until: until, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', isSqlite(db) ? claimable : claimable.forUpdate().skipLocked())
    .returning(['id', 'to_address', 'subject', 'body', 'claimed_until'])
    .execute();
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * Extends the lease of the rows of `ids` this process still holds under `claim`; returns the new claim and
 * the rows it covers. A row whose lease ran out and that another process claimed meanwhile is left out:
 * that process sends it, this one must not.
 */
async function renewClaim(
  db: Db,
  ids: number[],
  claim: string,
  leaseMs = CLAIM_LEASE_MS,
  now = new Date(),
): Promise<{ claim: string; ids: Set<number> }> {
  const until = claimStamp(new Date(now.getTime() + leaseMs));
  const rows = await db
    .updateTable('outbox')
    .set({ claimed_until: until })
    .where('id', 'in', ids)
    .where('claimed_until', '=', claim)
    .where('sent_at', 'is', null)
    .returning('id')
    .execute();
  return { claim: until, ids: new Set(rows.map((r) => r.id)) };
}

/** Sends the outbox's unsent mails; one flush at a time per process, claims shared with the others. */
export class Mailer {
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(
    private readonly db: Db,
    private readonly transport: Transporter | undefined,
    private readonly from: string,
    private readonly log: Log = console,
    /** How long a claim holds (tests shorten it). */
    private readonly leaseMs = CLAIM_LEASE_MS,
  ) {}

  static fromUrl(db: Db, smtpUrl: string | undefined, from: string, log?: Log): Mailer {
    // Every send must end well within a claim's lease (nodemailer waits up to 10 min on a silent socket
    // by default): past it, another process could claim the row and send it again.
    const smtp = smtpUrl
      ? nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 })
      : undefined;
    return new Mailer(db, smtp, from, log);
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  /** Sends what is pending; resolves when done. Calls during a flush schedule one more pass. */
  flush(): Promise<void> {
    if (!this.transport || this.#stopped) return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        while (!this.#stopped && (await this.#sendClaimed()) === BATCH);
      } while (this.#again && !this.#stopped);
    })()
      .catch((error: unknown) => this.log.error({ err: error }, 'outbox flush failed'))
      .finally(() => (this.#running = undefined));
    return this.#running;
  }

  /** Claims a batch and sends it; returns how many rows were claimed. */
  async #sendClaimed(): Promise<number> {
    const claimed = await claimMails(this.db, BATCH, new Date(), this.leaseMs);
    let claim = claimed[0]?.claimed_until ?? '';
    for (const [i, mail] of claimed.entries()) {
      const rest = claimed.slice(i).map((m) => m.id);
      if (this.#stopped) {
        // Stopping: hand the rest back at once rather than when the lease runs out.
        await this.db
          .updateTable('outbox')
          .set((eb) => ({ claimed_until: null, attempts: eb('attempts', '-', 1) }))
          .where('id', 'in', rest)
          .where('claimed_until', '=', claim)
          .execute();
        break;
      }
      // The batch may have outlived its lease (a slow SMTP server): renew it before each send, and skip
      // a row another process claimed meanwhile, or it would be sent twice.
      const renewed = await renewClaim(this.db, rest, claim, this.leaseMs);
      claim = renewed.claim;
      if (!renewed.ids.has(mail.id)) continue;
      try {
        await this.transport!.sendMail({ from: this.from, to: mail.to_address, subject: mail.subject, text: mail.body });
        await this.db
          .updateTable('outbox')
          .set({ sent_at: new Date().toISOString(), body: '', claimed_until: null, last_error: null })
          .where('id', '=', mail.id)
          .execute();
      } catch (error) {
        this.log.error({ err: error, outboxId: mail.id }, 'mail not sent');
        await this.db
          .updateTable('outbox')
          .set({ claimed_until: null, last_error: String((error as Error).message ?? error).slice(0, 500) })
          .where('id', '=', mail.id)
          .where('claimed_until', '=', claim)
          .execute();
      }
    }
    return claimed.length;
  }

  /** Stops sending: the mail being sent finishes, the rest of the claimed batch is released. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#running;
    this.transport?.close();
  }
}

/**
 * Empties the body of the mails given up (every attempt failed, none in progress): like a sent one, it
 * carries the registration's secret link and will never be sent; the row stays (who, when, last error).
 */
export async function emptyGivenUpBodies(db: Db, now = new Date()): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ body: '' })
    .where('sent_at', 'is', null)
    .where('attempts', '>=', MAX_ATTEMPTS)
    .where('body', '!=', '')
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now.toISOString())]))
    .execute();
}

/** Deletes the outbox rows older than `before` (sent or given up): who was written to is personal data too. */
export async function purgeOutbox(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('outbox').where('created_at', '<', before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}
