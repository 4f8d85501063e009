// Travel and lodging support requests: one per registration, with the organizers' decision on
// each list. Distances and eligibility are not stored: they follow the meeting's current policy.
import type { Kysely } from 'kysely';
import type { Dialect } from './columns';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('support_requests')
    .addColumn('registration_id', 'text', (c) =>
      c.primaryKey().references('registrations.id').onDelete('cascade'),
    )
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('travel', 'integer', (c) => c.notNull())
    .addColumn('lodging', 'integer', (c) => c.notNull())
    .addColumn('departure_province_code', 'text', (c) => c.notNull())
    .addColumn('nights', 'integer')
    .addColumn('note', 'text')
    .addColumn('travel_decision', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('lodging_decision', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  // The organizers' lists read a meeting's requests.
  await db.schema
    .createIndex('support_requests_meeting')
    .on('support_requests')
    .column('meeting_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('support_requests').execute();
}
