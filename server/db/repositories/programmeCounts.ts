// Counts over a programme's meetings for the organizers' dashboard, grouped by the database:
// registrations by status and check-in, feedback, and proposals by fate.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface RegistrationTally {
  meeting_id: string;
  status: string;
  /** Of the `n` registrations with this status, how many were checked in. */
  attended: number;
  n: number;
}

export async function registrationTallies(
  db: Kysely<Database>,
  meetingIds: string[],
): Promise<RegistrationTally[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .selectFrom('registrations')
    .where('meeting_id', 'in', meetingIds)
    .select((eb) => [
      'meeting_id',
      'status',
      // count(column) counts the rows where it is set: those checked in.
      eb.fn.count<number | string>('checked_in_at').as('attended'),
      eb.fn.countAll<number | string>().as('n'),
    ])
    .groupBy(['meeting_id', 'status'])
    .execute();
  return rows.map((r) => ({ ...r, attended: Number(r.attended), n: Number(r.n) }));
}

export async function feedbackTallies(
  db: Kysely<Database>,
  meetingIds: string[],
): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('feedback')
    .where('meeting_id', 'in', meetingIds)
    .select((eb) => ['meeting_id', eb.fn.countAll<number | string>().as('n')])
    .groupBy('meeting_id')
    .execute();
  return new Map(rows.map((r) => [r.meeting_id, Number(r.n)]));
}

/** Proposals whose fate counts (shown, not merged into another), by meeting and status. */
export async function proposalTallies(db: Kysely<Database>, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .selectFrom('proposals')
    .where('meeting_id', 'in', meetingIds)
    .where('hidden', '=', 0)
    .where('merged_into', 'is', null)
    .select((eb) => ['meeting_id', 'status', eb.fn.countAll<number | string>().as('n')])
    .groupBy(['meeting_id', 'status'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
