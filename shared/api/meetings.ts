// A meeting as the API shows it (`GET /api/meetings/:slug`, the lists, a write's answer):
// the organizer's input, with the schedule as instants carrying the meeting's own offset; and
// that input as organizers post it.
import type { RegistrationState } from '../enums';
import type { MeetingInput } from '../schemas/meeting';

export type { MeetingContact, MeetingInput, SupportPolicy } from '../schemas/meeting';

export type MeetingView = Omit<MeetingInput, 'startsAt' | 'endsAt' | 'registration'> & {
  id: string;
  timezone: string;
  /** e.g. "2026-12-12T09:00:00+00:00": the wall time is the part before the offset. */
  startsAt: string;
  endsAt: string;
  registration: { opensAt: string; closesAt: string };
  registrationState: RegistrationState;
  seatsLeft: number;
  createdAt: string;
  updatedAt: string;
  retentionDays: number;
  /** When the participants' personal data is (or was) erased: retentionDays after the end. */
  personalDataEraseAt: string;
  personalDataErasedAt: string | null;
};
