// Migrations on a PostgreSQL database shared with other schemas that have their own.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
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

  it('migrate while other deployments create and drop their schemas in the same database', async () => {
    // Other test files (or deployments) come and go on the same database; a migration must
    // not read their catalogue rows, which vanish mid-query (the stock introspector failed
    // about 4 migrations in 10 under this churn).
    let churning = true;
    const churner = async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      while (churning) {
        const s = `churn_${randomBytes(4).toString('hex')}`;
        const tables = Array.from(
          { length: 8 },
          (_, i) => `create table ${s}.t${i} (id serial primary key, x text);`,
        );
        await client.query(`create schema ${s}; ${tables.join(' ')}`);
        await client.query(`drop schema ${s} cascade`);
      }
      await client.end();
    };
    const churners = [churner(), churner(), churner()];
    const failures: string[] = [];
    try {
      for (let i = 0; i < 12; i++) {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const db = openDatabase({ url, schema, dataDir: '' });
        try {
          await migrateToLatest(db, schema);
        } catch (err) {
          failures.push((err as Error).message);
        } finally {
          await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
          await db.close();
        }
      }
    } finally {
      churning = false;
      await Promise.all(churners);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
