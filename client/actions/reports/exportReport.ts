// Take a meeting's report away as a file: the address a plain link downloads with the session
// cookie; `minCell` hides cells of fewer people, for sharing outside the team.
import type { ReportBasis } from '../../../shared/reports/types';
import { meetingReportFileUrl } from '../../api/reports';

export function reportFileUrl(
  slug: string,
  basis: ReportBasis,
  format: 'csv' | 'xlsx',
  minCell?: number,
): string {
  return meetingReportFileUrl(slug, basis, format, minCell);
}
