// Registrations written before names were searched across scripts get their keys from the
// migration, on SQLite and PostgreSQL.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTerms } from '../../../shared/search/terms';
import { migrateToLatest, openDatabase } from '../database';
import { migrationProvider } from './index';

const url = process.env.DATABASE_URL || undefined;
const schema = url ? `t_${randomBytes(6).toString('hex')}` : undefined;
const db = openDatabase({
  url,
  schema,
  dataDir: mkdtempSync(path.join(tmpdir(), 'liqa-0013-')),
  sqliteFile: ':memory:',
});
afterAll(async () => {
  if (schema) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
  await db.close();
});

describe('migration 0013', () => {
  it('derives the keys of registrations written before it', async () => {
    if (schema) await db.kysely.schema.createSchema(schema).ifNotExists().execute();
    const before = new Migrator({
      db: db.kysely,
      provider: {
        async getMigrations() {
          const all: Record<string, Migration> = await migrationProvider(
            db.dialect,
          ).getMigrations();
          return Object.fromEntries(Object.entries(all).filter(([name]) => name < '0013'));
        },
      },
      ...(schema ? { migrationTableSchema: schema } : {}),
    });
    const { error } = await before.migrateToLatest();
    expect(error).toBeUndefined();
    const now = new Date().toISOString();
    const meetingId = randomUUID();
    const k = db.kysely as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await k
      .insertInto('meetings')
      .values({
        id: meetingId,
        slug: 'old',
        status: 'published',
        timezone: 'Africa/Casablanca',
        starts_at: now,
        ends_at: now,
        opens_at: now,
        closes_at: now,
        capacity: 10,
        data: '{}',
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    const id = randomUUID();
    await k
      .insertInto('registrations')
      .values({
        id,
        meeting_id: meetingId,
        full_name: 'نصيرة الخمليشي',
        search_name: 'نصيره الخمليشي',
        gender: 'female',
        age_band: '30-40',
        role: 'association',
        organization: 'جمعية الأمل',
        province_code: 'tetouan',
        locale: 'ar',
        accessibility: '[]',
        consent_at: now,
        source: 'online',
        status: 'accepted',
        first_status: 'accepted',
        request_hash: id,
        manage_token_hash: id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await migrateToLatest(db, schema);
    const row = await db.kysely
      .selectFrom('registrations')
      .select('name_keys')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const terms = parseTerms(row.name_keys ?? '');
    expect(terms?.map((t) => t.word.key)).toContain('lxmlycy');
    expect(terms?.some((t) => t.field === 1)).toBe(true);
  });
});
