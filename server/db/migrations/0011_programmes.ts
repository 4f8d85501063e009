// Programmes: the meetings of one national process (an action plan's co-creation) grouped, so
// its timeline, participation and proposals are seen whole. A meeting joins at most one.
import type { Kysely } from 'kysely';
import type { Dialect } from './columns';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('programmes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    /** Title and description as the admin wrote them (ProgrammeInput), as JSON. */
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('meetings')
    .addColumn('programme_id', 'text', (c) => c.references('programmes.id').onDelete('set null'))
    .execute();
  // A programme's page reads its meetings.
  await db.schema
    .createIndex('meetings_programme')
    .on('meetings')
    .columns(['programme_id', 'starts_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('meetings_programme').execute();
  await db.schema.alterTable('meetings').dropColumn('programme_id').execute();
  await db.schema.dropTable('programmes').execute();
}
