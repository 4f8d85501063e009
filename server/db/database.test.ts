// Migrations on a PostgreSQL database shared with other schemas that have their own.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase } from './database';

const url = process.env.DATABASE_URL;

describe.runIf(Boolean(url))('migrations on PostgreSQL', () => {
  it('migrate the connection’s own schema even when other schemas hold migrated tables', async () => {
    const other = `t_${randomBytes(6).toString('hex')}`;
    const mine = `t_${randomBytes(6).toString('hex')}`;
    const first = openDatabase({ url, schema: other, dataDir: '' });
    await migrateToLatest(first, other);
    // A server started with only a search_path (no schema option), as `npm start` does.
    const second = openDatabase({ url, schema: mine, dataDir: '' });
    try {
      await sql`create schema ${sql.id(mine)}`.execute(second.kysely);
      await migrateToLatest(second);
      const tables = await sql<{ n: string }>`
        select count(*) as n from information_schema.tables
        where table_schema = ${mine} and table_name in ('meetings', 'registrations', 'outbox')`.execute(
        second.kysely,
      );
      expect(Number(tables.rows[0]?.n)).toBe(3);
    } finally {
      await sql`drop schema if exists ${sql.id(mine)} cascade`.execute(second.kysely);
      await sql`drop schema if exists ${sql.id(other)} cascade`.execute(first.kysely);
      await second.close();
      await first.close();
    }
  });
});
