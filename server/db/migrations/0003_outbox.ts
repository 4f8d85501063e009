// The e-mail outbox (rows written in the transaction that causes them, sent by a worker) and
// each registration's ticket hash (the QR token itself is derived, never stored).
import { sql, type Kysely } from 'kysely';
import { type Dialect, serialPrimaryKey } from './columns';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = serialPrimaryKey(dialect);
  await db.schema
    .createTable('outbox')
    .addColumn('id', id.type, id.build)
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('registration_id', 'text', (c) =>
      c.references('registrations.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    // "One e-mail per (registration, kind)": a replayed decision hits this and queues nothing.
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('payload', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('message_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The worker's two questions: what is due, and what is stuck in flight past its lease.
  await db.schema
    .createIndex('outbox_due')
    .on('outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('outbox_lease')
    .on('outbox')
    .column('lease_until')
    .where(sql.ref('status'), '=', 'sending')
    .execute();
  await db.schema
    .createIndex('outbox_meeting')
    .on('outbox')
    .columns(['meeting_id', 'id'])
    .execute();

  await db.schema.alterTable('registrations').addColumn('ticket_hash', 'text').execute();
  await db.schema
    .createIndex('registrations_ticket')
    .on('registrations')
    .column('ticket_hash')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('registrations_ticket').execute();
  await db.schema.alterTable('registrations').dropColumn('ticket_hash').execute();
  await db.schema.dropTable('outbox').execute();
}
