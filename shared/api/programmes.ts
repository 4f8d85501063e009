// What the API answers about programmes: the public programme with its meetings, and the
// organizers' dashboard (counts per meeting, every proposal, what the asker may act on).
import type { MeetingStatus, RegistrationState } from '../enums';
import type { MeetingCounts } from '../programmes/types';
import type { Text } from '../schemas/common';
import type { MeetingInput } from '../schemas/meeting';
import type { OrganizerProposal } from './feedback';

/** One published meeting of a programme, in the order they take place. */
export interface ProgrammeMeetingView {
  slug: string;
  title: Text;
  startsAt: string;
  endsAt: string;
  venue: MeetingInput['venue'];
  registrationState: RegistrationState;
  /** So a proposal's workshop can be named. */
  workshops: Array<{ id: string; title: Text }>;
}

/** `GET /api/programmes/:slug`. */
export interface ProgrammeView {
  slug: string;
  title: Text;
  description: Text | null;
  meetings: ProgrammeMeetingView[];
}

export interface DashboardMeeting extends ProgrammeMeetingView {
  status: MeetingStatus;
  counts: MeetingCounts;
  /** Whether the asker is on this meeting's team (admins: always). */
  mayAct: boolean;
}

export interface DashboardProposal extends OrganizerProposal {
  meetingSlug: string;
  mayAct: boolean;
}

/** `GET /api/programmes/:slug/dashboard` (staff). */
export interface ProgrammeDashboard extends Omit<ProgrammeView, 'meetings'> {
  meetings: DashboardMeeting[];
  proposals: DashboardProposal[];
}
