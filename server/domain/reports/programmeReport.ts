// A programme's report: the same tables summed over every meeting that starts within a range
// of Morocco calendar days ("809 participants, 10 meetings"), with each meeting's total.
import type { ProgrammeReport, ReportBasis } from '../../../shared/reports/types';
import { instantWithOffset, MOROCCO_TZ, wallTimeToInstant } from '../../../shared/time/zone';
import {
  meetingsStartingBetween,
  participantCounts,
  totalsByMeeting,
} from '../../db/repositories/reports';
import type { Deps } from '../../deps';
import { meetingInputOf } from '../meetingView';
import { reportFromCounts } from './tables';

export interface DayRange {
  /** "2023-10-01": from the start of this day, Morocco time. */
  from?: string;
  /** "2023-10-31": to the end of this day, Morocco time. */
  to?: string;
}

/** The first instant of a Morocco calendar day, as stored (ISO UTC). */
function startOfDay(day: string): string {
  return wallTimeToInstant(`${day}T00:00`, MOROCCO_TZ).toISOString();
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export async function programmeReport(
  deps: Deps,
  range: DayRange,
  basis: ReportBasis,
): Promise<ProgrammeReport> {
  const k = deps.db.kysely;
  const meetings = await meetingsStartingBetween(
    k,
    range.from ? startOfDay(range.from) : null,
    range.to ? startOfDay(nextDay(range.to)) : null,
  );
  const ids = meetings.map((m) => m.id);
  const counts = await participantCounts(deps.db, ids, basis);
  const totals = totalsByMeeting(counts);
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    ...reportFromCounts(basis, counts),
    meetings: meetings.map((m) => ({
      slug: m.slug,
      title: meetingInputOf(m).title,
      startsAt: instantWithOffset(new Date(m.starts_at), m.timezone),
      total: totals.get(m.id) ?? 0,
    })),
  };
}
