// Turns the database's grouped counts into the report's tables: every key of each
// enumeration present (zeros included), provinces summed into their regions.
import { provinceByCode } from '../../../shared/geo';
import {
  NO_NEED,
  TABLE_KEYS,
  type ParticipantReport,
  type ReportBasis,
  type ReportTables,
  type TableName,
} from '../../../shared/reports/types';
import type { CountDimension, CountRow } from '../../db/repositories/reports';

const TABLE_OF: Partial<Record<CountDimension, TableName>> = {
  age: 'byAgeBand',
  role: 'byRole',
  gender: 'byGender',
  province: 'byProvince',
  source: 'bySource',
  accessibility: 'byAccessibility',
};

function zeros(table: TableName): Record<string, number> {
  return Object.fromEntries(TABLE_KEYS[table].map((key) => [key, 0]));
}

export function emptyTables(): ReportTables {
  return {
    byAgeBand: zeros('byAgeBand'),
    byRole: zeros('byRole'),
    byGender: zeros('byGender'),
    byRegion: zeros('byRegion'),
    byProvince: zeros('byProvince'),
    byAccessibility: zeros('byAccessibility'),
    bySource: zeros('bySource'),
  } as ReportTables;
}

/**
 * The report from grouped counts (a few dozen rows whatever the number of people). A value
 * outside the enumeration, which validation never lets in, is kept under its own key rather
 * than lost, so the tables still add up.
 */
export function reportFromCounts(basis: ReportBasis, rows: CountRow[]): ParticipantReport {
  const tables = emptyTables();
  const report: ParticipantReport = { basis, total: 0, noShows: 0, ...tables };
  for (const { dim, key, n } of rows) {
    if (dim === 'total') report.total = n;
    else if (dim === 'noShows') report.noShows = n;
    else if (dim === 'noNeed') report.byAccessibility[NO_NEED] = n;
    else {
      const table = TABLE_OF[dim];
      if (!table || key === null) continue;
      const cells = report[table] as Record<string, number>;
      cells[key] = (cells[key] ?? 0) + n;
    }
  }
  for (const [code, n] of Object.entries(report.byProvince)) {
    const region = provinceByCode(code)?.regionCode;
    if (region && n > 0) report.byRegion[region] += n;
  }
  return report;
}
