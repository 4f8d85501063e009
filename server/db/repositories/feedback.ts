// Feedback as stored, its summary counted in one set-based query, and the organizer's list.
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import { emptyCounts, SCORES, type ScoreCounts } from '../../../shared/feedback/summary';
import { RATING_KEYS } from '../../../shared/schemas/feedback';
import type { Database, FeedbackTable } from '../schema';

export type FeedbackRow = Selectable<FeedbackTable>;
export type NewFeedbackRow = Insertable<FeedbackTable>;

export function findFeedback(db: Kysely<Database>, id: string): Promise<FeedbackRow | undefined> {
  return db.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertFeedback(db: Kysely<Database>, row: NewFeedbackRow): Promise<void> {
  await db.insertInto('feedback').values(row).execute();
}

/** The registration of this meeting whose private-link token hashes to `tokenHash`, if any. */
export function registrationByManageToken(
  db: Kysely<Database>,
  meetingId: string,
  tokenHash: string,
) {
  return db
    .selectFrom('registrations')
    .select(['id', 'manage_token_hash'])
    .where('manage_token_hash', '=', tokenHash)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
}

export interface WorkshopCounts {
  workshopId: string | null;
  count: number;
  counts: ScoreCounts;
}

// One `sum(case …)` per rating and score: the database only counts; the maths is shared.
const SCORE_COLUMNS = sql.join(
  RATING_KEYS.flatMap((key) =>
    SCORES.map((s) =>
      sql.raw(`sum(case when rating_${key} = ${s} then 1 else 0 end) as ${key}_${s}`),
    ),
  ),
);

/** How many gave each score of each rating, per workshop (null: no workshop), in one scan. */
export async function scoreCountsByWorkshop(
  db: Kysely<Database>,
  meetingId: string,
): Promise<WorkshopCounts[]> {
  const { rows } = await sql<Record<string, string | number | null>>`
    select workshop_id, count(*) as n, ${SCORE_COLUMNS}
    from feedback where meeting_id = ${meetingId} group by workshop_id`.execute(db);
  return rows.map((row) => {
    const counts = emptyCounts();
    for (const key of RATING_KEYS) counts[key] = SCORES.map((s) => Number(row[`${key}_${s}`] ?? 0));
    return { workshopId: (row.workshop_id as string | null) ?? null, count: Number(row.n), counts };
  });
}

export type FeedbackItemRow = FeedbackRow & { full_name: string | null };

/** Every feedback of the meeting, oldest first, with the name of a linked participant. */
export function listFeedbackRows(
  db: Kysely<Database>,
  meetingId: string,
): Promise<FeedbackItemRow[]> {
  return db
    .selectFrom('feedback as f')
    .leftJoin('registrations as r', 'r.id', 'f.registration_id')
    .selectAll('f')
    .select('r.full_name')
    .where('f.meeting_id', '=', meetingId)
    .orderBy('f.seq')
    .execute();
}
