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

/**
 * What a public answer about the meeting is made from and may change without a window edge:
 * its version (every edit, publishing included) and its seats. Equal stamps, equal answers.
 */
export function stampOfMeeting(row: Pick<MeetingRow, 'status' | 'version' | 'seats_taken'>) {
  return `${row.status}:${row.version}:${row.seats_taken}`;
}

export async function meetingStamp(db: Kysely<Database>, slug: string): Promise<string> {
  const row = await db
    .selectFrom('meetings')
    .select(['status', 'version', 'seats_taken'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? stampOfMeeting(row) : 'none';
}

/** The stamps of every published meeting, in one string (a meeting published or not changes it). */
export async function publishedMeetingsStamp(db: Kysely<Database>): Promise<string> {
  const rows = await db
    .selectFrom('meetings')
    .select(['id', 'status', 'version', 'seats_taken'])
    .where('status', '=', 'published')
    .orderBy('id')
    .execute();
  return rows.map((row) => `${row.id}=${stampOfMeeting(row)}`).join(',');
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
    // In the same statement as the seats it guards: never below the seats already taken.
    .where('seats_taken', '<=', row.capacity)
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
