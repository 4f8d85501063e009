// Programmes as stored, and the meetings that belong to each.
import type { Kysely, Selectable } from 'kysely';
import type { Database, ProgrammesTable } from '../schema';
import type { MeetingRow } from './meetings';

export type ProgrammeRow = Selectable<ProgrammesTable>;

export function findProgrammeBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<ProgrammeRow | undefined> {
  return db.selectFrom('programmes').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function listProgrammeRows(db: Kysely<Database>): Promise<ProgrammeRow[]> {
  return db.selectFrom('programmes').selectAll().orderBy('created_at').orderBy('slug').execute();
}

export async function insertProgramme(db: Kysely<Database>, row: ProgrammeRow): Promise<void> {
  await db.insertInto('programmes').values(row).execute();
}

/** Writes a new version only if nobody else wrote since `version` was read. */
export async function updateProgrammeRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  changes: Pick<ProgrammeRow, 'data' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('programmes')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The programme's meetings in the order they take place; drafts only when asked. */
export function programmeMeetingRows(
  db: Kysely<Database>,
  programmeIds: string[],
  includeDrafts: boolean,
): Promise<MeetingRow[]> {
  if (programmeIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('meetings').selectAll().where('programme_id', 'in', programmeIds);
  if (!includeDrafts) q = q.where('status', '=', 'published');
  return q.orderBy('starts_at').orderBy('slug').execute();
}
