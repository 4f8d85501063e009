// Downloading a programme's open data: where each file is served (the proposals and the
// participation tables, as CSV or JSON).
import { proposalsFileUrl, publicReportFileUrl } from '../../api/programmes';

export type OpenDataFile = 'proposals-csv' | 'proposals-json' | 'report-csv' | 'report-json';

export function openDataUrl(slug: string, file: OpenDataFile): string {
  const [what, format] = file.split('-') as ['proposals' | 'report', 'csv' | 'json'];
  return what === 'proposals' ? proposalsFileUrl(slug, format) : publicReportFileUrl(slug, format);
}
