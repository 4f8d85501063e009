// Read the programme's summed report on a basis (registered, accepted, attended): in full when
// every meeting summed is on the organizer's team, else with its small cells hidden.
import type { ProgrammeReport, PublicProgrammeReport } from '../../../shared/api/programmes';
import type { ReportBasis } from '../../../shared/reports/types';
import { getStaffReport } from '../../api/programmes';

export function loadSummedReport(
  slug: string,
  basis: ReportBasis,
  signal?: AbortSignal,
): Promise<ProgrammeReport | PublicProgrammeReport> {
  return getStaffReport(slug, basis, signal);
}
