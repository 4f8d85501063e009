// The few column types that differ between SQLite and PostgreSQL.
import type { ColumnDataType, ColumnDefinitionBuilder } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

export function serialPrimaryKey(dialect: Dialect): {
  type: ColumnDataType;
  build: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
} {
  return dialect === 'sqlite'
    ? { type: 'integer', build: (c) => c.primaryKey().autoIncrement() }
    : { type: 'bigint', build: (c) => c.primaryKey().generatedAlwaysAsIdentity() };
}
