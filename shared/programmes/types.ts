// A programme's API shapes beyond the programme itself: its participation report, its
// proposals as open data, and the organizers' dashboard.
import type { ProposalStatus } from '../schemas/feedback';
import type { ParticipantReport, SuppressedReport } from '../reports/types';
import type { Text } from '../schemas/common';

/** Cells of fewer people than this are hidden in everything the public sees (law 09-08). */
export const PUBLIC_MIN_CELL = 3;

/** The summed tables of the programme's meetings, with each meeting's total by slug. */
export interface ProgrammeReport extends ParticipantReport {
  byMeeting: Record<string, number>;
}

/** As the public sees it: cells of 1 or 2 people are null. */
export type PublicProgrammeReport = SuppressedReport & { byMeeting: Record<string, number> };

export interface ProgrammeProposal {
  id: string;
  meetingSlug: string;
  workshopId: string | null;
  text: string;
  status: ProposalStatus;
  explanation?: string;
  institution?: string;
}

/** The licence the open-data files are published under, named in every file. */
export const OPEN_DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** `?format=json`: the proposals with what a re-user needs to know about them. */
export interface ProposalsOpenData {
  programme: { slug: string; title: Text };
  licence: typeof OPEN_DATA_LICENCE;
  /** When the file was extracted (ISO instant, Morocco offset). */
  extractedAt: string;
  proposals: ProgrammeProposal[];
}

/** How far one meeting's organizing has come, for the organizers' dashboard. */
export interface MeetingCounts {
  registered: number;
  accepted: number;
  attended: number;
  feedback: number;
  proposals: Record<ProposalStatus, number>;
}
