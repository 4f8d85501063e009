// Participants' rights: the typeable ticket code (only its hash, unique within the meeting),
// the mark of a registration whose personal data was erased, and of a meeting whose retention
// period has run out and whose registrations were all erased.
import type { Kysely } from 'kysely';
import type { Dialect } from './columns';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('registrations').addColumn('ticket_code_hash', 'text').execute();
  await db.schema.alterTable('registrations').addColumn('erased_at', 'text').execute();
  // Two people of one meeting never share a code; the desk finds a typed code through it.
  await db.schema
    .createIndex('registrations_ticket_code')
    .on('registrations')
    .columns(['meeting_id', 'ticket_code_hash'])
    .unique()
    .execute();
  await db.schema.alterTable('meetings').addColumn('personal_data_erased_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('meetings').dropColumn('personal_data_erased_at').execute();
  await db.schema.dropIndex('registrations_ticket_code').execute();
  await db.schema.alterTable('registrations').dropColumn('erased_at').execute();
  await db.schema.alterTable('registrations').dropColumn('ticket_code_hash').execute();
}
