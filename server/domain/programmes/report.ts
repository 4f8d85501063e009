// A programme's participation: the meeting report's tables summed over its meetings (one set of
// GROUP BYs over all their registrations, so the sums are the meetings' own numbers), with each
// meeting's total; the public form hides cells of 1 or 2 people.
import {
  PUBLIC_MIN_CELL,
  type ProgrammeReport,
  type PublicProgrammeReport,
} from '../../../shared/programmes/types';
import type { ReportBasis } from '../../../shared/reports/types';
import type { MeetingRow } from '../../db/repositories/meetings';
import { participantCounts, totalsByMeeting } from '../../db/repositories/reports';
import type { Deps } from '../../deps';
import { suppressSmallCells } from '../reports/privacy';
import { reportFromCounts } from '../reports/tables';

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

/** The report as it leaves the organizers. Meeting totals stay: totals are always shown. */
export function publicProgrammeReport(report: ProgrammeReport): PublicProgrammeReport {
  return suppressSmallCells(report, PUBLIC_MIN_CELL) as PublicProgrammeReport;
}
