// What the API answers about programmes: the public programme with its meetings, its summed
// report and proposals, and the organizers' dashboard (counts per meeting, every proposal, what
// the asker may act on); and what an admin sends to make or change one.
import type { MeetingStatus, RegistrationState } from '../enums';
import type { OPEN_DATA_LICENCE } from '../programmes/types';
import type { ParticipantReport, SuppressedReport } from '../reports/types';
import type { Text } from '../schemas/common';
import type { ProposalStatus } from '../schemas/feedback';
import type { MeetingInput } from '../schemas/meeting';
import type { OrganizerProposal } from './feedback';

export type { ProgrammeInput, ProgrammePatch } from '../schemas/programme';

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

/** How far one meeting's organizing has come, for the organizers' dashboard. */
export interface MeetingCounts {
  registered: number;
  accepted: number;
  attended: number;
  feedback: number;
  proposals: Record<ProposalStatus, number>;
}

/** The summed tables of the programme's meetings, with each meeting's total by slug. */
export interface ProgrammeReport extends ParticipantReport {
  byMeeting: Record<string, number>;
}

/** `GET /api/programmes/:slug/report`, as the public sees it: cells of 1 or 2 people are null. */
export type PublicProgrammeReport = SuppressedReport & { byMeeting: Record<string, number> };

/** `GET /api/programmes/:slug/proposals` items: every public proposal of its meetings. */
export interface ProgrammeProposal {
  id: string;
  meetingSlug: string;
  workshopId: string | null;
  text: string;
  status: ProposalStatus;
  explanation?: string;
  institution?: string;
}

/** `?format=json`: the proposals with what a re-user needs to know about them. */
export interface ProposalsOpenData {
  programme: { slug: string; title: Text };
  licence: typeof OPEN_DATA_LICENCE;
  /** When the file was extracted (ISO instant, Morocco offset). */
  extractedAt: string;
  proposals: ProgrammeProposal[];
}
