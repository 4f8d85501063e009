// The ordered list of migrations; the same list runs on SQLite and PostgreSQL.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Dialect } from './columns';
import * as foundation from './0001_foundation';
import * as registrations from './0002_registrations';
import * as outbox from './0003_outbox';
import * as checkins from './0004_checkins';
import * as feedback from './0005_feedback';
import * as support from './0006_support';
import * as integrity from './0007_integrity';
import * as teams from './0008_teams';
import * as sms from './0009_sms';
import * as rights from './0010_rights';
import * as programmes from './0011_programmes';
import * as names from './0013_names';

interface DialectMigration {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
  down(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

const MIGRATIONS: Record<string, DialectMigration> = {
  '0001_foundation': foundation,
  '0002_registrations': registrations,
  '0003_outbox': outbox,
  '0004_checkins': checkins,
  '0005_feedback': feedback,
  '0006_support': support,
  '0007_integrity': integrity,
  '0008_teams': teams,
  '0009_sms': sms,
  '0010_rights': rights,
  '0011_programmes': programmes,
  '0013_names': names,
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
