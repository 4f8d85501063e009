// The organizers' view of a programme: every meeting (drafts too) with how far it has come —
// registered, accepted, attended, feedback, proposals by fate — and all the proposals in one
// list, each marked with whether this organizer may decide on it (their team's meetings).
import { PROPOSAL_STATUSES, type ProposalStatus } from '../../../shared/schemas/feedback';
import type { MeetingRow } from '../../db/repositories/meetings';
import {
  feedbackTallies,
  proposalTallies,
  registrationTallies,
} from '../../db/repositories/programmeCounts';
import type { ProgrammeRow } from '../../db/repositories/programmes';
import { proposalRowsOfMeetings } from '../../db/repositories/proposals';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { toOrganizerProposal } from '../feedback/proposalView';
import { meetingsActedOnBy } from './meetingAccess';
import type { MeetingCounts, ProgrammeDashboard } from '../../../shared/api/programmes';
import { programmeMeetingView, programmeView } from './view';

function emptyCounts(): MeetingCounts {
  const proposals = Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, 0]));
  return {
    registered: 0,
    accepted: 0,
    attended: 0,
    feedback: 0,
    proposals: proposals as Record<ProposalStatus, number>,
  };
}

/** Each meeting's counts, by meeting id. */
export async function meetingCounts(
  deps: Deps,
  meetings: MeetingRow[],
): Promise<Map<string, MeetingCounts>> {
  const k = deps.db.kysely;
  const ids = meetings.map((m) => m.id);
  const [registrations, feedback, proposals] = await Promise.all([
    registrationTallies(k, ids),
    feedbackTallies(k, ids),
    proposalTallies(k, ids),
  ]);
  const out = new Map(meetings.map((m) => [m.id, emptyCounts()]));
  for (const r of registrations) {
    const counts = out.get(r.meeting_id);
    if (!counts) continue;
    // The report's bases: registered = all but cancelled; attended = accepted and checked in.
    if (r.status !== 'cancelled') counts.registered += r.n;
    if (r.status === 'accepted') {
      counts.accepted += r.n;
      counts.attended += r.attended;
    }
  }
  for (const [id, n] of feedback) {
    const counts = out.get(id);
    if (counts) counts.feedback = n;
  }
  for (const p of proposals) {
    const counts = out.get(p.meeting_id);
    if (counts) counts.proposals[p.status] = p.n;
  }
  return out;
}

export async function programmeDashboard(
  deps: Deps,
  programme: ProgrammeRow,
  meetings: MeetingRow[],
  staff: StaffUser,
): Promise<ProgrammeDashboard> {
  const now = deps.now();
  const [counts, allowed, proposals] = await Promise.all([
    meetingCounts(deps, meetings),
    meetingsActedOnBy(deps, staff, meetings),
    proposalRowsOfMeetings(
      deps.db.kysely,
      meetings.map((m) => m.id),
      false,
    ),
  ]);
  const { meetings: _published, ...text } = programmeView(programme, [], now);
  return {
    ...text,
    meetings: meetings.map((m) => ({
      ...programmeMeetingView(m, now),
      status: m.status,
      counts: counts.get(m.id) ?? emptyCounts(),
      mayAct: allowed.has(m.id),
    })),
    // Hidden proposals stay out of reach of organizers of other meetings.
    proposals: proposals
      .filter((row) => allowed.has(row.meeting_id) || (!row.hidden && row.merged_into === null))
      .map((row) => ({
        ...toOrganizerProposal(row),
        meetingSlug: row.meeting_slug,
        mayAct: allowed.has(row.meeting_id),
      })),
  };
}
