// Names across scripts: each registration keeps its search terms (folded words and cross-script
// keys, shared/search/terms.ts) in `name_keys`, written with the name, so `?q=` ranks a meeting's
// people without deriving every key on every search. Rows written before are filled here; a
// later change of the rule is noticed by the version inside the value and recomputed on read.
import type { Kysely } from 'kysely';
import { personTerms, serializeTerms } from '../../../shared/search/terms';
import type { Dialect } from './columns';

interface Row {
  seq: number;
  full_name: string;
  organization: string | null;
}

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  // Null: not derived yet (read from full_name and organization). Cleared with the name on erasure.
  await db.schema.alterTable('registrations').addColumn('name_keys', 'text').execute();
  // A server keeps each meeting's keys in memory between searches; it reads these two to know
  // whether they are still right: the last seq (new registrations) and a version bumped when a
  // name or organization is edited or erased (rare: the whole meeting is read again).
  await db.schema
    .createIndex('registrations_meeting_seq')
    .on('registrations')
    .columns(['meeting_id', 'seq'])
    .execute();
  await db.schema
    .createTable('meeting_name_versions')
    .addColumn('meeting_id', 'text', (c) =>
      c.primaryKey().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  const rows = db as unknown as Kysely<{ registrations: Row & { name_keys: string | null } }>;
  let after = -1;
  for (;;) {
    const page = await rows
      .selectFrom('registrations')
      .select(['seq', 'full_name', 'organization'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(500)
      .execute();
    for (const r of page)
      await rows
        .updateTable('registrations')
        .set({ name_keys: serializeTerms(personTerms(r.full_name, r.organization)) })
        .where('seq', '=', r.seq)
        .execute();
    const last = page.at(-1);
    if (!last || page.length < 500) return;
    after = Number(last.seq);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('meeting_name_versions').execute();
  await db.schema.dropIndex('registrations_meeting_seq').execute();
  await db.schema.alterTable('registrations').dropColumn('name_keys').execute();
}
