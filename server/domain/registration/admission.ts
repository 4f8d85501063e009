// The admission rule: how a registration comes in, by its source. The public registers inside
// the window, from the target regions (or with an invitation code), and waits for approval
// when the meeting approves by hand; a walk-in is registered by the desk on the day, whatever
// the window and the regions, and is at the door: seated (or waitlisted) at once, never left
// pending.
import type { RegistrationSource } from '../../../shared/enums';
import type { SeatChoice } from '../../db/repositories/registrationAtOnce';
import type { SeatPolicy } from './seats';

export interface Admission {
  /** Only staff may make it (a walk-in: the desk registers the person at the door). */
  staffOnly: boolean;
  /** The registration window applies. */
  windowApplies: boolean;
  /** The target regions apply (an invitation code lifts them too). */
  regionsApply: boolean;
  /** A meeting that approves by hand leaves it pending. */
  approvalApplies: boolean;
}

export function admissionOf(source: RegistrationSource | undefined): Admission {
  const walkIn = source === 'walk-in';
  return {
    staffOnly: walkIn,
    windowApplies: !walkIn,
    regionsApply: !walkIn,
    approvalApplies: !walkIn,
  };
}

/** How a new registration gets its status: a seat if one is left, else the fallback. */
export function seatChoice(policy: SeatPolicy, admission: Admission): SeatChoice {
  if (policy.approval === 'manual' && admission.approvalApplies)
    return { takeSeat: false, fallback: 'pending' };
  return { takeSeat: true, fallback: policy.waitlist ? 'waitlisted' : null };
}
