// Seats: who gets one on arrival, and who is promoted when one is given back.
import type { Kysely } from 'kysely';
import type { ApprovalMode } from '../../../shared/enums';
import type { Dialect } from '../../db/migrations/columns';
import type { Database } from '../../db/schema';
import {
  claimFirstWaitlisted,
  moveStatus,
  releaseSeats,
  takeSeats,
} from '../../db/repositories/registrations';
import { DomainError } from '../../core/domainError';
import { seatChoice, type Admission } from './admission';

export interface SeatPolicy {
  meetingId: string;
  approval: ApprovalMode;
  waitlist: boolean;
}

/**
 * The status a new registration gets. Runs inside the registration's transaction: if the
 * insert fails afterwards the seat goes back with the rollback.
 */
export async function seatOnArrival(
  trx: Kysely<Database>,
  policy: SeatPolicy,
  admission: Admission,
): Promise<'accepted' | 'waitlisted' | 'pending'> {
  const choice = seatChoice(policy, admission);
  if (choice.takeSeat && (await takeSeats(trx, policy.meetingId, 1))) return 'accepted';
  if (choice.fallback) return choice.fallback;
  throw new DomainError('capacity-exceeded');
}

/**
 * Gives a seat back and hands it to the oldest waitlisted registration, if any. The caller has
 * just moved one registration out of `accepted` (compare-and-set), so the seat is really free.
 */
export async function releaseSeatAndPromote(
  trx: Kysely<Database>,
  dialect: Dialect,
  meetingId: string,
  nowIso: string,
): Promise<string | null> {
  await releaseSeats(trx, meetingId, 1);
  const next = await claimFirstWaitlisted(trx, dialect, meetingId);
  if (!next || !(await takeSeats(trx, meetingId, 1))) return null;
  if (await moveStatus(trx, next.id, { from: 'waitlisted', to: 'accepted' }, nowIso))
    return next.id;
  // Decided on meanwhile (possible only without row locks): the seat stays free.
  await releaseSeats(trx, meetingId, 1);
  return null;
}
