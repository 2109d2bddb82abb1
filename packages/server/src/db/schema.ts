// Kysely table types. Dates are ISO 8601 strings in both dialects (TEXT in SQLite, text in PostgreSQL),
// so the same code reads them the same way; booleans are integers 0/1 for the same reason.
import type { Generated } from 'kysely';

interface PlacesTable {
  id: string;
  nom: string;
  commune: string;
  code_postal: string;
  code_insee: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The place as a v1.0.2 standard record (JSON), exactly what the API serves. */
  record: string;
  source: string | null;
  imported_at: string;
}

/** Small key/integer settings; `places_version` changes with every write to places. */
interface MetaTable {
  key: string;
  value: number;
}

interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
}

interface ParticipationsTable {
  id: Generated<number>;
  reference: string;
  commune_code: string;
  email: string;
  payload: string;
  received_at: string;
}

/** A prescriber listed in an application, in the order the commune gave them. */
interface ParticipationPrescribersTable {
  id: Generated<number>;
  participation_id: number;
  position: number;
  organisation: string;
  kind: string;
  email: string;
}

/** A mediation structure listed in an application, in the order the commune gave them. */
interface ParticipationStructuresTable {
  id: Generated<number>;
  participation_id: number;
  position: number;
  name: string;
  /** `public` or `associative`. */
  status: string;
  /** 14 digits. */
  siret: string;
  address: string;
  people_per_year: number;
}

export interface WebinarsTable {
  id: string;
  title: string;
  description: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  join_url: string | null;
  theme: string | null;
}

interface RegistrationsTable {
  id: Generated<number>;
  /** SHA-256 (hex) of the registration's secret token: the token itself is only ever in the person's hands. */
  token_hash: string;
  webinar_id: string;
  name: string;
  email: string;
  /** Lower-cased e-mail: one live registration per person and session. */
  email_key: string;
  organisation: string | null;
  commune: string | null;
  first_name: string | null;
  last_name: string | null;
  role: string | null;
  commune_code: string | null;
  /** Accessibility needs, `|`-separated (captions|sign-language|other). */
  needs: string | null;
  needs_other: string | null;
  /** The page the person registered on, when its origin is allowed: the e-mails link back to it. */
  page_url: string | null;
  status: 'registered' | 'waiting' | 'cancelled';
  created_at: string;
  updated_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
  attempts: number;
  last_error: string | null;
  /** Until when a server process holds this row to send it (services/outbox.ts); null when nobody does. */
  claimed_until: string | null;
}

export interface Database {
  places: PlacesTable;
  meta: MetaTable;
  idempotency_keys: IdempotencyKeysTable;
  participations: ParticipationsTable;
  participation_prescribers: ParticipationPrescribersTable;
  participation_structures: ParticipationStructuresTable;
  webinars: WebinarsTable;
  registrations: RegistrationsTable;
  outbox: OutboxTable;
}
