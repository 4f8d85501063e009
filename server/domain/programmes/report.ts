// A programme's participation: the meeting report's tables summed over its meetings (one set of
// GROUP BYs over all their registrations, so the sums are the meetings' own numbers), with each
// meeting's total; the public form hides cells of 1 or 2 people.
import type { ProgrammeReport, PublicProgrammeReport } from '../../../shared/api/programmes';
import { PUBLIC_MIN_CELL } from '../../../shared/programmes/types';
import type { ReportBasis } from '../../../shared/reports/types';
import type { MeetingRow } from '../../db/repositories/meetings';
import { participantCounts, totalsByMeeting } from '../../db/repositories/reports';
import type { Deps } from '../../deps';
import { suppressSmallCells } from '../reports/privacy';
import { reportFromCounts } from '../reports/tables';
import type { StaffUser } from '../../core/staffUser';
import { meetingsActedOnBy } from './meetingAccess';

export async function programmeReport(
  deps: Deps,
  meetings: MeetingRow[],
  basis: ReportBasis,
): Promise<ProgrammeReport> {
  const ids = meetings.map((m) => m.id);
  const counts = await participantCounts(deps.db, ids, basis);
  const totals = totalsByMeeting(counts);
  return {
    ...reportFromCounts(basis, counts),
    byMeeting: Object.fromEntries(meetings.map((m) => [m.slug, totals.get(m.id) ?? 0])),
  };
}

/**
 * The summed report an organizer reads on the dashboard: in full when every meeting summed is
 * one they may act on (admins: always); otherwise other teams' participants are in it, so its
 * small cells are hidden as in public.
 */
export async function staffProgrammeReport(
  deps: Deps,
  meetings: MeetingRow[],
  staff: StaffUser,
  basis: ReportBasis,
): Promise<ProgrammeReport | PublicProgrammeReport> {
  const [report, allowed] = await Promise.all([
    programmeReport(deps, meetings, basis),
    meetingsActedOnBy(deps, staff, meetings),
  ]);
  return meetings.every((m) => allowed.has(m.id)) ? report : publicProgrammeReport(report);
}

/** The report as it leaves the organizers. Meeting totals stay: totals are always shown. */
export function publicProgrammeReport(report: ProgrammeReport): PublicProgrammeReport {
  return suppressSmallCells(report, PUBLIC_MIN_CELL) as PublicProgrammeReport;
}
