// The rules a new registration must pass before it may take a seat: window, region, workshop.
import type { RegistrationState } from '../../../shared/enums';
import { fromEligibleRegion } from '../../../shared/registration/eligibleRegion';
import type { MeetingInput } from '../../../shared/schemas/meeting';
import { DomainError } from '../../core/domainError';

export function assertWindowOpen(state: RegistrationState): void {
  if (state === 'not-open') throw new DomainError('registration-not-open');
  if (state === 'closed') throw new DomainError('registration-closed');
}

/** Target regions apply to online registrations; an invitation or the desk bypasses them. */
export function assertEligibleRegion(meeting: MeetingInput, provinceCode: string): void {
  if (!fromEligibleRegion(meeting, provinceCode)) throw new DomainError('not-eligible');
}

export function knownWorkshop(meeting: MeetingInput, workshopId: string | undefined): boolean {
  return workshopId === undefined || (meeting.workshops ?? []).some((w) => w.id === workshopId);
}
