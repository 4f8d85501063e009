// SMS in the same outbox as e-mail: each row says which channel carries it. Existing rows were
// all e-mails. The meeting's `sms` policy lives in its JSON like the rest of what organizers set.
import type { Kysely } from 'kysely';
import type { Dialect } from './columns';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('outbox')
    .addColumn('channel', 'text', (c) => c.notNull().defaultTo('email'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('channel').execute();
}
