// Who may act on which meeting (its team), accounts that can be shut, sessions that go idle, and
// the counters of every throttle and rate limit, shared by all instances on this database.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from './columns';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('meeting_team')
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text')
    .addPrimaryKeyConstraint('meeting_team_pk', ['meeting_id', 'user_id'])
    .execute();
  // A staff user's list of meetings reads the team by user.
  await db.schema.createIndex('meeting_team_user').on('meeting_team').column('user_id').execute();
  // Meetings created before teams existed keep their creator as organizer.
  await sql`
    insert into meeting_team (meeting_id, user_id, role, added_at, added_by)
    select id, created_by, 'organizer', created_at, created_by
    from meetings where created_by is not null
  `.execute(db);

  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('last_login_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();

  // One row per counter key (e.g. a login guess by account and address): hits in the current
  // fixed window and when that window ends; rows past their end are swept.
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('resets_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limits_resets').on('rate_limits').column('resets_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
  await db.schema.alterTable('sessions').dropColumn('last_seen_at').execute();
  await db.schema.alterTable('users').dropColumn('last_login_at').execute();
  await db.schema.alterTable('users').dropColumn('disabled_at').execute();
  await db.schema.dropTable('meeting_team').execute();
}
