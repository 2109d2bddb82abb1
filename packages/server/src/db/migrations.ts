// Kysely migrations, the same for SQLite and PostgreSQL (portable types only). Append new ones; never
// edit a migration that has shipped.
import { sql, SqliteAdapter, type ColumnDefinitionBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { hashToken } from '../services/secrets.js';
import { keyDigest, sealAnswer } from '../services/idempotency.js';

/**
 * A migration sees the schema as it was when it shipped, not today's `Database`, so it works on an untyped
 * handle (Kysely's documented pattern); a migration that reads rows declares the columns it reads.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations predate and outlive the current schema type
type MigrationDb = Kysely<any>;

/** An auto-numbered primary key: SQLite's rowid alias, PostgreSQL's identity column. */
const serial = (db: MigrationDb) => (c: ColumnDefinitionBuilder) =>
  db.getExecutor().adapter instanceof SqliteAdapter ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: MigrationDb) {
      await db.schema
        .createTable('places')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('nom', 'text', (c) => c.notNull())
        .addColumn('commune', 'text', (c) => c.notNull())
        .addColumn('code_postal', 'text', (c) => c.notNull())
        .addColumn('code_insee', 'text')
        .addColumn('latitude', 'double precision')
        .addColumn('longitude', 'double precision')
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('places_code_insee').on('places').columns(['code_insee', 'nom']).execute();
      await db.schema.createIndex('places_lat_lon').on('places').columns(['latitude', 'longitude']).execute();
      await db.schema.createIndex('places_nom').on('places').columns(['nom', 'id']).execute();

      await db.schema
        .createTable('place_values')
        .addColumn('place_id', 'text', (c) => c.notNull().references('places.id').onDelete('cascade'))
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('place_values_pk', ['field', 'value', 'place_id'])
        .execute();
      await db.schema.createIndex('place_values_place').on('place_values').column('place_id').execute();

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('response_body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
        .execute();

      await db.schema
        .createTable('participations')
        .addColumn('id', 'integer', serial(db))
        .addColumn('reference', 'text', (c) => c.notNull().unique())
        .addColumn('commune_code', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('webinars')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('capacity', 'integer', (c) => c.notNull())
        .addColumn('join_url', 'text')
        .execute();

      await db.schema
        .createTable('registrations')
        .addColumn('id', 'integer', serial(db))
        .addColumn('token', 'text', (c) => c.notNull().unique())
        .addColumn('webinar_id', 'text', (c) => c.notNull().references('webinars.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('email_key', 'text', (c) => c.notNull())
        .addColumn('organisation', 'text')
        .addColumn('commune', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('registrations_webinar_status').on('registrations').columns(['webinar_id', 'status', 'id']).execute();
      // One live registration per person and session; a cancelled one does not block registering again.
      await db.schema
        .createIndex('registrations_one_per_person')
        .on('registrations')
        .columns(['webinar_id', 'email_key'])
        .unique()
        .where(sql.ref('status'), '<>', 'cancelled')
        .execute();

      await db.schema
        .createTable('outbox')
        .addColumn('id', 'integer', serial(db))
        .addColumn('to_address', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .execute();
      await db.schema.createIndex('outbox_unsent').on('outbox').columns(['sent_at', 'id']).execute();
    },
  },
  // Place queries moved to an in-memory index (services/place-index.ts), rebuilt when this version changes.
  '0002_places_version': {
    async up(db: MigrationDb) {
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'integer', (c) => c.notNull())
        .execute();
      await db.insertInto('meta').values({ key: 'places_version', value: 1 }).execute();
      await db.schema.dropTable('place_values').execute();
    },
  },
  // Webinar registration widget: a theme per session, and the registration form's fields (first and last
  // name, role, commune, accessibility needs, the page to come back to for managing the booking).
  '0004_webinar_registration_details': {
    async up(db: MigrationDb) {
      await db.schema.alterTable('webinars').addColumn('theme', 'text').execute();
      for (const column of ['first_name', 'last_name', 'role', 'commune_code', 'needs', 'needs_other', 'page_url']) {
        await db.schema.alterTable('registrations').addColumn(column, 'text').execute();
      }
    },
  },
  // Participation form: the prescribers and mediation structures a commune lists, one row each, linked
  // to their application (the full request stays in participations.payload).
  '0003_participation_details': {
    async up(db: MigrationDb) {
      await db.schema
        .createTable('participation_prescribers')
        .addColumn('id', 'integer', serial(db))
        .addColumn('participation_id', 'integer', (c) => c.notNull().references('participations.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('organisation', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('participation_prescribers_participation')
        .on('participation_prescribers')
        .columns(['participation_id', 'position'])
        .execute();
      await db.schema
        .createTable('participation_structures')
        .addColumn('id', 'integer', serial(db))
        .addColumn('participation_id', 'integer', (c) => c.notNull().references('participations.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('siret', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('people_per_year', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('participation_structures_participation')
        .on('participation_structures')
        .columns(['participation_id', 'position'])
        .execute();
    },
  },
  // Security review (issue 11): registration tokens stored as hashes, Idempotency-Keys as hashes with their
  // answers encrypted under the key, sent e-mail bodies purged; outbox rows claimed by one process at a time.
  // Independent of the other migrations of the same release (it touches only 0001's columns).
  '0005_security_secrets_at_rest': {
    async up(untyped: MigrationDb) {
      // The columns this migration reads and writes, as 0001 left them (the tables' other columns untouched).
      const db = untyped as Kysely<{
        registrations: { id: number; token_hash: string };
        idempotency_keys: { scope: string; key: string; response_body: string };
        outbox: { body: string; sent_at: string | null };
      }>;
      await db.schema.alterTable('registrations').renameColumn('token', 'token_hash').execute();
      const registrations = await db.selectFrom('registrations').select(['id', 'token_hash']).execute();
      for (const row of registrations) {
        await db
          .updateTable('registrations')
          .set({ token_hash: hashToken(row.token_hash) })
          .where('id', '=', row.id)
          .execute();
      }
      const keys = await db.selectFrom('idempotency_keys').selectAll().execute();
      for (const row of keys) {
        await db
          .updateTable('idempotency_keys')
          .set({ key: keyDigest(row.key), response_body: sealAnswer(row.scope, row.key, row.response_body) })
          .where('scope', '=', row.scope)
          .where('key', '=', row.key)
          .execute();
      }
      await db.schema.alterTable('outbox').addColumn('claimed_until', 'text').execute();
      await db.updateTable('outbox').set({ body: '' }).where('sent_at', 'is not', null).execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
