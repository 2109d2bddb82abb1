// Webinar sessions and registrations. Capacity is enforced inside one transaction per registration,
// with the session row locked (SELECT … FOR UPDATE on PostgreSQL; SQLite runs one write transaction at
// a time), so concurrent registrations never overbook. Cancellation promotes the first on the waiting list.
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { encodeBookingRef, MANAGE_PARAM, type Registration, type RegistrationRequest, type Webinar } from '@npt/contract';
import { isSqlite, type Db } from '../db/connect.js';
import type { Database, WebinarsTable } from '../db/schema.js';
import { isUniqueViolation } from '../db/errors.js';
import { enqueueMail } from './outbox.js';
import { hashToken } from './secrets.js';

export interface WebinarInput {
  id: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  joinUrl?: string;
  /** Theme a webmaster filters on (`?theme=`), e.g. "financement". */
  theme?: string;
}

export async function createWebinar(db: Kysely<Database>, w: WebinarInput): Promise<void> {
  await db
    .insertInto('webinars')
    .values({
      id: w.id,
      title: w.title,
      description: w.description,
      starts_at: w.startsAt,
      ends_at: w.endsAt,
      capacity: w.capacity,
      join_url: w.joinUrl ?? null,
      theme: w.theme ?? null,
    })
    .execute();
}

function toWebinar(row: WebinarsTable & { registered: unknown; waiting: unknown }, now = new Date()): Webinar {
  const registered = Number(row.registered ?? 0);
  const seatsLeft = Math.max(0, row.capacity - registered);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    ...(row.theme ? { theme: row.theme } : {}),
    capacity: row.capacity,
    seatsLeft,
    waitingCount: Number(row.waiting ?? 0),
    // Same rule as registerIn: a session that has started takes no registration.
    status: row.starts_at <= now.toISOString() ? 'closed' : seatsLeft > 0 ? 'open' : 'waiting-list',
  };
}

function webinarsWithCounts(db: Kysely<Database>) {
  return db
    .selectFrom('webinars')
    .selectAll('webinars')
    .select((eb) => [
      eb
        .selectFrom('registrations')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('registrations.webinar_id', '=', 'webinars.id')
        .where('registrations.status', '=', 'registered')
        .as('registered'),
      eb
        .selectFrom('registrations')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('registrations.webinar_id', '=', 'webinars.id')
        .where('registrations.status', '=', 'waiting')
        .as('waiting'),
    ]);
}

/** Sessions that have not ended, soonest first; only those of `theme` when given. */
export async function listUpcomingWebinars(db: Db, now = new Date(), theme?: string): Promise<Webinar[]> {
  let query = webinarsWithCounts(db).where('ends_at', '>', now.toISOString());
  if (theme !== undefined) query = query.where('theme', '=', theme);
  const rows = await query.orderBy('starts_at').execute();
  return rows.map((row) => toWebinar(row, now));
}

export async function getWebinar(db: Kysely<Database>, id: string): Promise<Webinar | undefined> {
  const row = await webinarsWithCounts(db).where('id', '=', id).executeTakeFirst();
  return row && toWebinar(row);
}

export type RegisterOutcome =
  { kind: 'ok'; registration: Registration } | { kind: 'not-found' } | { kind: 'closed' } | { kind: 'already-registered' };

/** Locks the session row until the transaction ends (PostgreSQL); SQLite serialises write transactions. */
async function lockWebinar(trx: Transaction<Database>, id: string) {
  let q = trx.selectFrom('webinars').selectAll().where('id', '=', id);
  if (!isSqlite(trx)) q = q.forUpdate();
  return q.executeTakeFirst();
}

async function waitingPosition(trx: Kysely<Database>, webinarId: string, registrationId: number): Promise<number> {
  const row = await trx
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('webinar_id', '=', webinarId)
    .where('status', '=', 'waiting')
    .where('id', '<=', registrationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const newToken = () => randomBytes(24).toString('base64url');

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' });
/** "jeudi 12 mars 2026 à 10:30", Paris time, for the e-mails. */
const when = (iso: string) => dateFormat.format(new Date(iso));

export interface Links {
  /** Public base URL for links in e-mails (PUBLIC_URL), if configured. */
  publicUrl?: string | undefined;
  /** Origins of the sites that embed the widget (ALLOWED_ORIGINS): a managing link goes back only to them. */
  pageOrigins?: readonly string[] | undefined;
}

/** An absolute link when PUBLIC_URL is set, else the path. */
function link(links: Links, webinarId: string, rest: string): string {
  const path = `/v1/webinars/${encodeURIComponent(webinarId)}/${rest}`;
  return links.publicUrl ? new URL(path, links.publicUrl).href : path;
}

/**
 * The page a person registered on, kept for the links of their e-mails, when its origin is one the API
 * serves; anything else (an attacker's site) is dropped, so the programme's sender never links to it.
 */
function allowedPageUrl(links: Links, pageUrl: string | undefined): string | null {
  if (!pageUrl) return null;
  const url = new URL(pageUrl);
  const origins = new Set(links.pageOrigins ?? []);
  if (links.publicUrl) origins.add(new URL(links.publicUrl).origin);
  if (!origins.has(url.origin)) return null;
  url.hash = '';
  url.searchParams.delete(MANAGE_PARAM);
  return url.href;
}

/**
 * Where the person manages their booking: their page with the reference in the fragment (never sent to a
 * server nor in a Referer), else the API's own read of the registration.
 */
function manageLink(links: Links, webinarId: string, token: string, pageUrl: string | null): string {
  if (!pageUrl) return link(links, webinarId, `registrations/${token}`);
  const url = new URL(pageUrl);
  url.hash = `${MANAGE_PARAM}=${encodeBookingRef(webinarId, token)}`;
  return url.href;
}

/** "1re", "2e", "3e": French ordinal of a waiting-list position. */
const frenchOrdinal = (n: number) => `${n}${n === 1 ? 're' : 'e'}`;

/**
 * Registers a person, within one transaction: `register` opens it; `registerIn` runs in the caller's
 * (an idempotent write). A concurrent duplicate of the same person surfaces as a unique violation.
 */
export async function register(
  db: Db,
  webinarId: string,
  request: RegistrationRequest,
  links: Links = {},
  now = new Date(),
): Promise<RegisterOutcome> {
  try {
    return await db.transaction().execute((trx) => registerIn(trx, webinarId, request, links, now));
  } catch (error) {
    // The partial unique index caught a concurrent duplicate of the same person.
    if (isUniqueViolation(error)) return { kind: 'already-registered' };
    throw error;
  }
}

export async function registerIn(
  trx: Transaction<Database>,
  webinarId: string,
  request: RegistrationRequest,
  links: Links = {},
  now = new Date(),
): Promise<RegisterOutcome> {
  const webinar = await lockWebinar(trx, webinarId);
  if (!webinar) return { kind: 'not-found' };
  if (webinar.starts_at <= now.toISOString()) return { kind: 'closed' };
  const emailKey = request.email.trim().toLowerCase();
  const existing = await trx
    .selectFrom('registrations')
    .select('id')
    .where('webinar_id', '=', webinarId)
    .where('email_key', '=', emailKey)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
  if (existing) return { kind: 'already-registered' };
  const { n } = await trx
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('webinar_id', '=', webinarId)
    .where('status', '=', 'registered')
    .executeTakeFirstOrThrow();
  const status = Number(n) < webinar.capacity ? 'registered' : 'waiting';
  const token = newToken();
  const stamp = now.toISOString();
  const pageUrl = allowedPageUrl(links, request.pageUrl);
  const { id } = await trx
    .insertInto('registrations')
    .values({
      token_hash: hashToken(token),
      webinar_id: webinarId,
      // The full name stays in `name` for the exports and the e-mails that already read it.
      name: `${request.firstName} ${request.lastName}`,
      first_name: request.firstName,
      last_name: request.lastName,
      email: request.email,
      email_key: emailKey,
      organisation: request.organisation,
      commune: request.communeCode ? request.organisation : null,
      commune_code: request.communeCode ?? null,
      role: request.role,
      needs: request.needs?.length ? request.needs.join('|') : null,
      needs_other: request.needs?.includes('other') ? (request.needsOther ?? null) : null,
      page_url: pageUrl,
      status,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const registration: Registration = { token, webinarId, status };
  if (status === 'waiting') registration.position = await waitingPosition(trx, webinarId, Number(id));
  await enqueueMail(trx, {
    to: request.email,
    subject: status === 'registered' ? `Inscription confirmée : ${webinar.title}` : `Liste d'attente : ${webinar.title}`,
    text: [
      // Nobody has confirmed this address yet: no free text of the request in the mail (a name carrying
      // "Votre inscription est annulée, reconfirmez sur http://evil.example" would be sent as ours).
      'Bonjour,',
      '',
      status === 'registered'
        ? `Votre inscription au webinaire « ${webinar.title} » du ${when(webinar.starts_at)} est confirmée.${webinar.join_url ? `\nLien pour rejoindre la session : ${webinar.join_url}` : ''}`
        : `Le webinaire « ${webinar.title} » du ${when(webinar.starts_at)} est complet : vous êtes ${frenchOrdinal(registration.position!)} sur la liste d'attente. Nous vous écrirons si une place se libère.`,
      '',
      `Pour consulter ou annuler votre inscription : ${manageLink(links, webinarId, token, pageUrl)}`,
      `Pour l'ajouter à votre agenda : ${link(links, webinarId, 'calendar.ics')}`,
    ].join('\n'),
  });
  return { kind: 'ok', registration };
}

export async function findRegistration(db: Db, webinarId: string, token: string): Promise<Registration | undefined> {
  const row = await db
    .selectFrom('registrations')
    .innerJoin('webinars', 'webinars.id', 'registrations.webinar_id')
    .select(['registrations.id', 'registrations.webinar_id', 'registrations.status', 'webinars.join_url'])
    .where('registrations.token_hash', '=', hashToken(token))
    .where('registrations.webinar_id', '=', webinarId)
    .where('registrations.status', '<>', 'cancelled')
    .executeTakeFirst();
  if (!row) return undefined;
  const registration: Registration = { token, webinarId: row.webinar_id, status: row.status as Registration['status'] };
  if (row.status === 'waiting') registration.position = await waitingPosition(db, webinarId, row.id);
  // The meeting link is for registered people only: published, it would bypass capacity and the waiting list.
  if (row.status === 'registered' && row.join_url) registration.joinUrl = row.join_url;
  return registration;
}

/**
 * Cancels a live registration. When it held a seat, the first person on the waiting list gets it
 * (same transaction) and is told by e-mail. Returns false when the token matches no live registration.
 */
export async function cancelRegistration(db: Db, webinarId: string, token: string, links: Links = {}): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const webinar = await lockWebinar(trx, webinarId);
    if (!webinar) return false;
    const row = await trx
      .selectFrom('registrations')
      .select(['id', 'status'])
      .where('token_hash', '=', hashToken(token))
      .where('webinar_id', '=', webinarId)
      .where('status', '<>', 'cancelled')
      .executeTakeFirst();
    if (!row) return false;
    const stamp = new Date().toISOString();
    await trx.updateTable('registrations').set({ status: 'cancelled', updated_at: stamp }).where('id', '=', row.id).execute();
    if (row.status !== 'registered') return true;
    const next = await trx
      .selectFrom('registrations')
      .select(['id', 'email', 'page_url'])
      .where('webinar_id', '=', webinarId)
      .where('status', '=', 'waiting')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (next) {
      await trx.updateTable('registrations').set({ status: 'registered', updated_at: stamp }).where('id', '=', next.id).execute();
      await enqueueMail(trx, {
        to: next.email,
        subject: `Une place s'est libérée : ${webinar.title}`,
        text: [
          'Bonjour,',
          '',
          `Une place s'est libérée : votre inscription au webinaire « ${webinar.title} » du ${when(webinar.starts_at)} est confirmée.`,
          ...(webinar.join_url ? [`Lien pour rejoindre la session : ${webinar.join_url}`] : []),
          '',
          // Only the token's hash is stored: the link to manage the booking is the one of the first e-mail.
          `Pour consulter ou annuler votre inscription, utilisez le lien de l'e-mail reçu lors de votre inscription${next.page_url ? ` (sur ${next.page_url})` : ''}.`,
          `Pour l'ajouter à votre agenda : ${link(links, webinarId, 'calendar.ics')}`,
        ].join('\n'),
      });
    }
    return true;
  });
}

export interface RegistrationExportRow {
  name: string;
  email: string;
  organisation: string | null;
  commune: string | null;
  status: string;
  created_at: string;
  role: string | null;
  commune_code: string | null;
  /** `|`-separated accessibility needs, and the person's own words for "other". */
  needs: string | null;
  needs_other: string | null;
}

export async function listRegistrations(db: Db, webinarId: string): Promise<RegistrationExportRow[]> {
  return db
    .selectFrom('registrations')
    .select(['name', 'email', 'organisation', 'commune', 'status', 'created_at', 'role', 'commune_code', 'needs', 'needs_other'])
    .where('webinar_id', '=', webinarId)
    .orderBy('id')
    .execute();
}
