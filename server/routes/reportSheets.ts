// The report as file sections: a summary, then each table in the asker's language (headings,
// labels, sheet names, like every other export), a code column for tools, and the total row
// where the cells add up to it. Hidden small cells read "<3".
import {
  BASIS_HEADING,
  BASIS_LABELS,
  CODE_HEADING,
  COUNT_HEADING,
  GRAND_TOTAL,
  MEETINGS_HEADING,
  NO_SHOWS,
  PARTICIPANTS,
  TABLE_HEADINGS,
  TOTAL_ROW,
  cellLabel,
  labelIn,
  type Bilingual,
} from '../../shared/reports/labels';
import {
  TABLE_NAMES,
  addsUpToTotal,
  orderedKeys,
  type ParticipantReport,
  type ProgrammeMeeting,
  type TableName,
} from '../../shared/reports/types';
import type { Locale } from '../../shared/enums';
import type { Text } from '../../shared/schemas/common';
import { MOROCCO_TZ } from '../../shared/time/zone';
import { textIn } from '../exports/labels';
import { wallTimeText } from '../exports/localTime';
import type { Sheet, SheetCell } from '../http/exportSheets';

type AnyReport = ParticipantReport<number | null> & { minCell?: number };

const SMALL_CELLS: Bilingual = {
  ar: 'الخلايا الصغيرة المخفية',
  fr: 'Petites cellules masquées',
  en: 'Small cells hidden',
};
const MEETING: Bilingual = { ar: 'اللقاء', fr: 'Rencontre', en: 'Meeting' };
const STARTS: Bilingual = { ar: 'التاريخ', fr: 'Date', en: 'Date' };
const ITEM: Bilingual = { ar: 'البيان', fr: 'Rubrique', en: 'Item' };
const VALUE: Bilingual = { ar: 'القيمة', fr: 'Valeur', en: 'Value' };

function tableSheet(report: AnyReport, table: TableName, locale: Locale): Sheet {
  const l = (text: Bilingual) => labelIn(text, locale);
  const cells = report[table] as Record<string, number | null>;
  const shown = (n: number | null): SheetCell => (n === null ? `<${report.minCell ?? ''}` : n);
  const rows: SheetCell[][] = orderedKeys(table, cells).map((key) => [
    l(cellLabel(table, key)),
    shown(cells[key] === undefined ? 0 : cells[key]),
    key,
  ]);
  if (addsUpToTotal(table)) rows.push([l(TOTAL_ROW), report.total, '']);
  return {
    name: l(TABLE_HEADINGS[table]),
    heading: [l(TABLE_HEADINGS[table]), l(COUNT_HEADING), l(CODE_HEADING)],
    rows,
  };
}

export interface SheetContext {
  meeting?: { title: Text; startsAt: string };
  /** The zone the meeting's date is written in (its own; Morocco's by default). */
  timezone?: string;
  meetings?: ProgrammeMeeting[];
}

/** The report's sheets, every word in `locale` (the asker's: ?lang= or Accept-Language). */
export function reportSheets(
  report: AnyReport,
  locale: Locale,
  context: SheetContext = {},
): Sheet[] {
  const l = (text: Bilingual) => labelIn(text, locale);
  const title = (text: Text) => textIn(text, locale);
  const summary: SheetCell[][] = [];
  if (context.meeting) {
    const zone = context.timezone ?? MOROCCO_TZ;
    summary.push(
      [l(MEETING), title(context.meeting.title)],
      [l(STARTS), wallTimeText(context.meeting.startsAt, zone)],
    );
  }
  summary.push(
    [l(BASIS_HEADING), l(BASIS_LABELS[report.basis])],
    [l(GRAND_TOTAL), report.total],
    [l(NO_SHOWS), report.noShows],
  );
  if (report.minCell) summary.push([l(SMALL_CELLS), `<${report.minCell}`]);
  const sheets: Sheet[] = [{ name: l(PARTICIPANTS), heading: [l(ITEM), l(VALUE)], rows: summary }];
  for (const table of TABLE_NAMES) sheets.push(tableSheet(report, table, locale));
  if (context.meetings) {
    sheets.push({
      name: l(MEETINGS_HEADING),
      heading: [l(MEETING), l(STARTS), l(COUNT_HEADING), l(CODE_HEADING)],
      rows: context.meetings.map((m) => [title(m.title), m.startsAt, m.total, m.slug]),
      kinds: ['text', 'datetime', 'number', 'text'],
    });
  }
  return sheets;
}
