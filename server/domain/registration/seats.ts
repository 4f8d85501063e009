// Seats: who gets one on arrival, and who is promoted when one is given back.
import type { Kysely } from 'kysely';
import type { ApprovalMode } from '../../../shared/enums';
import type { Database } from '../../db/schema';
import {
  firstWaitlisted,
  releaseSeats,
  setStatus,
  takeSeats,
} from '../../db/repositories/registrations';
import { DomainError } from '../errors';

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
  walkIn: boolean,
): Promise<'accepted' | 'waitlisted' | 'pending'> {
  if (policy.approval === 'manual' && !walkIn) return 'pending';
  if (await takeSeats(trx, policy.meetingId, 1)) return 'accepted';
  if (policy.waitlist) return 'waitlisted';
  throw new DomainError('capacity-exceeded');
}

/** Gives a seat back and hands it to the oldest waitlisted registration, if any. */
export async function releaseSeatAndPromote(
  trx: Kysely<Database>,
  meetingId: string,
  nowIso: string,
): Promise<string | null> {
  await releaseSeats(trx, meetingId, 1);
  const next = await firstWaitlisted(trx, meetingId);
  if (!next || !(await takeSeats(trx, meetingId, 1))) return null;
  await setStatus(trx, next.id, 'accepted', nowIso);
  return next.id;
}
