// Registrations, invitation codes, the seat counter, and the server's own secret.
import { sql, type Kysely } from 'kysely';
import { type Dialect, serialPrimaryKey } from './columns';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // Seats taken (accepted registrations), kept beside capacity so that taking one is a single
  // conditional UPDATE: the database, not the application, decides who gets the last seat.
  await db.schema
    .alterTable('meetings')
    .addColumn('seats_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  const seq = serialPrimaryKey(dialect);
  await db.schema
    .createTable('registrations')
    .addColumn('seq', seq.type, seq.build)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('age_band', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organization', 'text')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('accessibility', 'text', (c) => c.notNull())
    .addColumn('accessibility_note', 'text')
    .addColumn('workshop_id', 'text')
    .addColumn('consent_at', 'text', (c) => c.notNull())
    .addColumn('photo_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('invitation_code', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('first_status', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('manage_token_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('checked_in_at', 'text')
    .execute();
  await db.schema
    .createIndex('registrations_meeting_status')
    .on('registrations')
    .columns(['meeting_id', 'status', 'seq'])
    .execute();
  // One live registration per e-mail and per phone for a meeting (a cancelled one frees them).
  await db.schema
    .createIndex('registrations_unique_email')
    .on('registrations')
    .columns(['meeting_id', 'email'])
    .unique()
    .where(sql.ref('email'), 'is not', null)
    .where(sql.ref('status'), '<>', 'cancelled')
    .execute();
  await db.schema
    .createIndex('registrations_unique_phone')
    .on('registrations')
    .columns(['meeting_id', 'phone'])
    .unique()
    .where(sql.ref('phone'), 'is not', null)
    .where(sql.ref('status'), '<>', 'cancelled')
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('invitations_meeting')
    .on('invitations')
    .column('meeting_id')
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['settings', 'invitations', 'registrations'])
    await db.schema.dropTable(t).execute();
  await db.schema.alterTable('meetings').dropColumn('seats_taken').execute();
}
