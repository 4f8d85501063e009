// Small-cell suppression for reports that leave the organizers (Moroccan law 09-08): a cell of
// 1 to minCell-1 people is hidden. So that a hidden cell cannot be worked out from its table's
// total, a group with a single hidden cell hides its next smallest non-zero cell too
// (complementary suppression); provinces are grouped by region, whose totals are shown.
// Totals themselves, and zeros, are always shown.
import { provinceByCode } from '../../../shared/geo';
import {
  TABLE_NAMES,
  type ParticipantReport,
  type SuppressedReport,
  type TableName,
} from '../../../shared/reports/types';

function groupsOf(table: TableName, keys: string[]): string[][] {
  if (table !== 'byProvince') return [keys];
  const byRegion = new Map<string, string[]>();
  for (const key of keys) {
    const region = provinceByCode(key)?.regionCode ?? '';
    byRegion.set(region, [...(byRegion.get(region) ?? []), key]);
  }
  return [...byRegion.values()];
}

/** The keys of one group to hide. */
function hiddenKeys(cells: Record<string, number>, group: string[], minCell: number): string[] {
  const hidden = group.filter((key) => (cells[key] ?? 0) > 0 && (cells[key] ?? 0) < minCell);
  if (hidden.length !== 1) return hidden;
  const next = group
    .filter((key) => !hidden.includes(key) && (cells[key] ?? 0) > 0)
    .sort((a, b) => (cells[a] ?? 0) - (cells[b] ?? 0))[0];
  return next === undefined ? hidden : [...hidden, next];
}

/** The report (and whatever else it carries) with its small cells hidden. */
export function suppressSmallCells(report: ParticipantReport, minCell: number): SuppressedReport {
  const out = { ...report, minCell, suppressed: {} } as unknown as SuppressedReport;
  for (const table of TABLE_NAMES) {
    const cells = report[table] as Record<string, number>;
    const shown: Record<string, number | null> = { ...cells };
    const flags: Record<string, true> = {};
    for (const group of groupsOf(table, Object.keys(cells))) {
      for (const key of hiddenKeys(cells, group, minCell)) {
        shown[key] = null;
        flags[key] = true;
      }
    }
    (out as unknown as Record<TableName, Record<string, number | null>>)[table] = shown;
    if (Object.keys(flags).length > 0) out.suppressed[table] = flags;
  }
  return out;
}
