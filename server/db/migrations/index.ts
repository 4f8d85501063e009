// The ordered list of migrations; the same list runs on SQLite and PostgreSQL.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Dialect } from './columns';
import * as foundation from './0001_foundation';
import * as registrations from './0002_registrations';

interface DialectMigration {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
  down(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

const MIGRATIONS: Record<string, DialectMigration> = {
  '0001_foundation': foundation,
  '0002_registrations': registrations,
};

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(MIGRATIONS)) {
        out[name] = { up: (db) => m.up(db, dialect), down: (db) => m.down(db, dialect) };
      }
      return out;
    },
  };
}
