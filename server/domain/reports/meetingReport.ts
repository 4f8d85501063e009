// One meeting's participant report: who came (or was accepted, or registered), by age band,
// capacity, gender, region and province, accessibility need and source.
import type { ParticipantReport, ReportBasis } from '../../../shared/reports/types';
import type { MeetingRow } from '../../db/repositories/meetings';
import { participantCounts } from '../../db/repositories/reports';
import type { Deps } from '../../deps';
import { reportFromCounts } from './tables';

export async function meetingReport(
  deps: Deps,
  meeting: MeetingRow,
  basis: ReportBasis,
): Promise<ParticipantReport> {
  return reportFromCounts(basis, await participantCounts(deps.db, [meeting.id], basis));
}
