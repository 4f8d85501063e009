// Participant reports (organizer; network only): one meeting's tables, and their files.
import type { ParticipantReport, ReportBasis } from '../../shared/api/reports';
import { apiRequest } from './http';

const reportPath = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}/report`;

export function getMeetingReport(
  slug: string,
  basis: ReportBasis,
  signal?: AbortSignal,
): Promise<ParticipantReport> {
  return apiRequest<ParticipantReport>(`${reportPath(slug)}?basis=${basis}`, { signal });
}

/** The tables as a file; `minCell` hides cells of fewer people (for sharing outside). */
export function meetingReportFileUrl(
  slug: string,
  basis: ReportBasis,
  format: 'csv' | 'xlsx',
  minCell?: number,
): string {
  const query = new URLSearchParams({ basis, format });
  if (minCell) query.set('minCell', String(minCell));
  return `${reportPath(slug)}?${query.toString()}`;
}
