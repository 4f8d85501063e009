// Fencing for the e-mail outbox: each claim of a row carries a token of its own, so a worker
// that lost its lease (its send outlived it and another worker took the row over) can no
// longer renew or settle the row.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('lease_token', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('lease_token').execute();
}
