// Read a meeting's participant report on a basis (registered, accepted, attended): the seed
// reports' tables, counted by the server.
import type { ParticipantReport, ReportBasis } from '../../../shared/reports/types';
import { getMeetingReport } from '../../api/reports';

export function loadReport(
  slug: string,
  basis: ReportBasis,
  signal?: AbortSignal,
): Promise<ParticipantReport> {
  return getMeetingReport(slug, basis, signal);
}
