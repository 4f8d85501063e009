// The seat's compare-and-set as the first part of the one-statement registration (PostgreSQL):
// one seat if one is left, decided by the row's own counter under its lock. Its own module so
// that a control run can swap it for a read-then-write and see the overbooking it prevents.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema';

/** An UPDATE returning one row (`status` = 'accepted') when it took a seat, none otherwise. */
export async function takeSeatStatement(
  _db: Kysely<Database>,
  meetingId: string,
): Promise<RawBuilder<unknown>> {
  return sql`update meetings set seats_taken = seats_taken + 1
    where id = ${meetingId} and seats_taken + 1 <= capacity
    returning 'accepted'::text as status`;
}
