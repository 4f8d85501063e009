// The books of a meeting, checked from scratch: the seat counter equals the accepted
// registrations, within 0…capacity, and the workshop head counts (what the desk shows) add up
// to the same people. Every concurrency test runs it after its race; an operator could too.
import type { Kysely } from 'kysely';
import { workshopCounts } from '../../db/repositories/checkins';
import type { Database } from '../../db/schema';
import { meetingInputOf } from '../meetingView';

export interface SeatBooks {
  capacity: number;
  seatsTaken: number;
  byStatus: Record<string, number>;
  /** Accepted people per workshop id ('' for none). */
  byWorkshop: Record<string, number>;
}

/** What is wrong with the meeting's seat accounting; empty when the books are right. */
export async function seatInvariantViolations(
  db: Kysely<Database>,
  meetingId: string,
): Promise<{ violations: string[]; books: SeatBooks }> {
  const meeting = await db
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
  const statuses = await db
    .selectFrom('registrations')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('meeting_id', '=', meetingId)
    .groupBy('status')
    .execute();
  const byStatus = Object.fromEntries(statuses.map((r) => [r.status, Number(r.n)]));
  const accepted = byStatus.accepted ?? 0;
  const seatsTaken = Number(meeting.seats_taken);
  const capacity = Number(meeting.capacity);
  const violations: string[] = [];
  if (seatsTaken !== accepted)
    violations.push(`seats_taken ${seatsTaken} but ${accepted} accepted`);
  if (seatsTaken < 0) violations.push(`seats_taken ${seatsTaken} is negative`);
  if (seatsTaken > capacity)
    violations.push(`seats_taken ${seatsTaken} above capacity ${capacity}`);
  if (accepted > capacity) violations.push(`${accepted} accepted for ${capacity} seats`);

  const known = new Set((meetingInputOf(meeting).workshops ?? []).map((w) => w.id));
  const byWorkshop: Record<string, number> = {};
  let inWorkshops = 0;
  for (const w of await workshopCounts(db, meetingId)) {
    byWorkshop[w.workshopId ?? ''] = w.expected;
    inWorkshops += w.expected;
    if (w.workshopId !== null && !known.has(w.workshopId))
      violations.push(`${w.expected} accepted in unknown workshop ${w.workshopId}`);
    if (w.expected < 0 || w.arrived < 0 || w.arrived > w.expected)
      violations.push(`workshop ${w.workshopId}: ${w.arrived} arrived of ${w.expected}`);
  }
  if (inWorkshops !== accepted)
    violations.push(`workshop counts add up to ${inWorkshops}, not ${accepted} accepted`);
  return { violations, books: { capacity, seatsTaken, byStatus, byWorkshop } };
}
