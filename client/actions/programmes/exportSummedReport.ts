// Take the programme's summed report away: its tables as a file, or the evidence pack, at the
// addresses a plain link downloads with the session cookie.
import type { ReportBasis } from '../../../shared/reports/types';
import { evidencePackUrl, staffReportFileUrl } from '../../api/programmes';

export function summedReportFileUrl(
  slug: string,
  basis: ReportBasis,
  format: 'csv' | 'xlsx',
): string {
  return staffReportFileUrl(slug, basis, format);
}

export function evidencePackFileUrl(slug: string, basis: ReportBasis): string {
  return evidencePackUrl(slug, basis);
}
