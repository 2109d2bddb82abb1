// E-mails: always written to the outbox table in the transaction of the write that causes them, then
// sent through nodemailer when SMTP is configured (at-least-once; a failed send is retried later).
import nodemailer, { type Transporter } from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';

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

/** Sends the outbox's unsent mails; one flush at a time. */
export class Mailer {
  #running: Promise<void> | undefined;
  #again = false;

  constructor(
    private readonly db: Db,
    private readonly transport: Transporter | undefined,
    private readonly from: string,
    private readonly log: { error(obj: unknown, msg?: string): void } = console,
  ) {}

  static fromUrl(db: Db, smtpUrl: string | undefined, from: string, log?: { error(obj: unknown, msg?: string): void }): Mailer {
    return new Mailer(db, smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined, from, log);
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  /** Sends what is pending; resolves when done. Calls during a flush schedule one more pass. */
  flush(): Promise<void> {
    if (!this.transport) return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        await this.#sendPending();
      } while (this.#again);
    })().finally(() => (this.#running = undefined));
    return this.#running;
  }

  async #sendPending(): Promise<void> {
    const pending = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('sent_at', 'is', null)
      .where('attempts', '<', MAX_ATTEMPTS)
      .orderBy('id')
      .limit(50)
      .execute();
    for (const mail of pending) {
      try {
        await this.transport!.sendMail({ from: this.from, to: mail.to_address, subject: mail.subject, text: mail.body });
        await this.db.updateTable('outbox').set({ sent_at: new Date().toISOString(), attempts: mail.attempts + 1 }).where('id', '=', mail.id).execute();
      } catch (error) {
        this.log.error({ err: error, outboxId: mail.id }, 'mail not sent');
        await this.db
          .updateTable('outbox')
          .set({ attempts: mail.attempts + 1, last_error: String((error as Error).message ?? error).slice(0, 500) })
          .where('id', '=', mail.id)
          .execute();
      }
    }
  }

  close(): void {
    this.transport?.close();
  }
}
