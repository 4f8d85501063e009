// Meetings as stored: derived instants in columns, the organizer's text as JSON.
import type { Kysely, Selectable } from 'kysely';
import { noteMeetingChange } from '../meetingChanges';
import type { Database, MeetingsTable } from '../schema';

export type MeetingRow = Selectable<MeetingsTable>;

export function findMeetingBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<MeetingRow | undefined> {
  return db.selectFrom('meetings').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function listMeetingRows(
  db: Kysely<Database>,
  includeDrafts: boolean,
): Promise<MeetingRow[]> {
  let q = db.selectFrom('meetings').selectAll();
  if (!includeDrafts) q = q.where('status', '=', 'published');
  return q.orderBy('starts_at', 'asc').orderBy('slug').execute();
}

export async function insertMeeting(db: Kysely<Database>, row: MeetingRow): Promise<void> {
  await db.insertInto('meetings').values(row).execute();
  noteMeetingChange();
}

/** Writes a new version only if nobody else wrote since `version` was read. */
export async function updateMeetingRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  row: Omit<
    MeetingRow,
    'id' | 'created_at' | 'created_by' | 'version' | 'seats_taken' | 'personal_data_erased_at'
  >,
): Promise<boolean> {
  noteMeetingChange();
  const result = await db
    .updateTable('meetings')
    .set({ ...row, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  noteMeetingChange();
  return Number(result.numUpdatedRows) === 1;
}

export function findMeetingById(db: Kysely<Database>, id: string): Promise<MeetingRow | undefined> {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The meetings whose team holds this user, drafts included. */
export function listTeamMeetingRows(db: Kysely<Database>, userId: string): Promise<MeetingRow[]> {
  return db
    .selectFrom('meetings')
    .selectAll('meetings')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('meeting_team')
          .select('meeting_team.user_id')
          .whereRef('meeting_team.meeting_id', '=', 'meetings.id')
          .where('meeting_team.user_id', '=', userId),
      ),
    )
    .orderBy('starts_at', 'asc')
    .orderBy('slug')
    .execute();
}
