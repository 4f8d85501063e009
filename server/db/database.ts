// Opens the database: SQLite in the data directory by default, PostgreSQL with DATABASE_URL.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import type { Dialect } from './migrations/columns';
import { migrationProvider } from './migrations';
import { OwnSchemaPostgresDialect } from './ownSchemaIntrospector';

export interface DatabaseConfig {
  /** postgres://… ; unset means SQLite in `dataDir`. */
  url?: string;
  /** PostgreSQL schema to work in (created if missing); tests use a fresh one each. */
  schema?: string;
  dataDir: string;
  /** SQLite file name inside dataDir, or ':memory:'. */
  sqliteFile?: string;
  poolSize?: number;
}

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /**
   * SQLite's data_version: changes whenever another connection (another process on the same
   * file) commits, never for this one's own writes. Absent on PostgreSQL.
   */
  dataVersion?: () => number;
  close(): Promise<void>;
}

export function openDatabase(config: DatabaseConfig): Db {
  return config.url ? openPostgres(config.url, config.schema, config.poolSize) : openSqlite(config);
}

function openSqlite(config: DatabaseConfig): Db {
  const file = config.sqliteFile ?? 'liqa.sqlite';
  let target = file;
  if (file !== ':memory:') {
    mkdirSync(config.dataDir, { recursive: true });
    target = path.join(config.dataDir, file);
  }
  const sqlite = new SQLite(target);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a registration acknowledged is a registration on disk, even after a power cut.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  return {
    kysely,
    dialect: 'sqlite',
    dataVersion: () => dataVersion.get() as number,
    close: () => kysely.destroy(),
  };
}

function openPostgres(url: string, schema: string | undefined, poolSize = 10): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }, schema) });
  return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe schema name: ${name}`);
  return name;
}

async function currentSchema(db: Db): Promise<string> {
  const { rows } = await sql<{ name: string }>`select current_schema() as name`.execute(db.kysely);
  return rows[0]?.name ?? 'public';
}

export async function migrateToLatest(db: Db, schema?: string): Promise<void> {
  if (db.dialect === 'postgres' && schema) {
    await db.kysely.schema.createSchema(quoteIdent(schema)).ifNotExists().execute();
  }
  // The bookkeeping tables' schema is named explicitly (the connection's current one by
  // default): otherwise the migrator may take another schema's tables of the same database
  // for ours and fail, or skip migrations.
  const tableSchema = db.dialect === 'postgres' ? (schema ?? (await currentSchema(db))) : undefined;
  const migrator = new Migrator({
    db: db.kysely,
    provider: migrationProvider(db.dialect),
    // Migration names are reserved ahead and land in any order: a database that already ran
    // a later one must still take an earlier one added after it.
    allowUnorderedMigrations: true,
    ...(tableSchema ? { migrationTableSchema: tableSchema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
