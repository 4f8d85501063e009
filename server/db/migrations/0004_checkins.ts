// Check-in events: every scan, search or walk-in a desk posts, kept for the audit list and
// replayed by its client id; the person's arrival time itself lives on the registration.
import type { Kysely } from 'kysely';
import type { Dialect } from './columns';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('checkin_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('registration_id', 'text', (c) =>
      c.references('registrations.id').onDelete('cascade'),
    )
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .execute();
  // The audit list (newest first) and the per-desk counts read a meeting's events.
  await db.schema
    .createIndex('checkin_events_meeting')
    .on('checkin_events')
    .columns(['meeting_id', 'at'])
    .execute();
  await db.schema
    .createIndex('checkin_events_registration')
    .on('checkin_events')
    .column('registration_id')
    .execute();
  // A desk's background refresh asks what changed in its meeting since its last roster.
  await db.schema
    .createIndex('registrations_meeting_updated')
    .on('registrations')
    .columns(['meeting_id', 'updated_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('registrations_meeting_updated').execute();
  await db.schema.dropTable('checkin_events').execute();
}
