// The report as file sections: a summary, then each table with Arabic headings and French
// beside, a code column for tools, and the total row where the cells add up to it. Hidden
// small cells read "<3".
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
  sideBySide,
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
import type { Text } from '../../shared/schemas/common';
import type { Sheet, SheetCell } from '../http/exportSheets';

type AnyReport = ParticipantReport<number | null> & { minCell?: number };

const SMALL_CELLS: Bilingual = { ar: 'الخلايا الصغيرة المخفية', fr: 'Petites cellules masquées' };
const MEETING: Bilingual = { ar: 'اللقاء', fr: 'Rencontre' };
const STARTS: Bilingual = { ar: 'التاريخ', fr: 'Date' };
const ITEM: Bilingual = { ar: 'البيان', fr: 'Rubrique' };
const VALUE: Bilingual = { ar: 'القيمة', fr: 'Valeur' };

const bilingualTitle = (title: Text) => (title.fr ? `${title.ar} / ${title.fr}` : title.ar);

function tableSheet(report: AnyReport, table: TableName): Sheet {
  const cells = report[table] as Record<string, number | null>;
  const shown = (n: number | null): SheetCell => (n === null ? `<${report.minCell ?? ''}` : n);
  const rows: SheetCell[][] = orderedKeys(table, cells).map((key) => [
    sideBySide(cellLabel(table, key)),
    shown(cells[key] === undefined ? 0 : cells[key]),
    key,
  ]);
  if (addsUpToTotal(table)) rows.push([sideBySide(TOTAL_ROW), report.total, '']);
  return {
    name: TABLE_HEADINGS[table].ar,
    heading: [
      sideBySide(TABLE_HEADINGS[table]),
      sideBySide(COUNT_HEADING),
      sideBySide(CODE_HEADING),
    ],
    rows,
  };
}

export interface SheetContext {
  meeting?: { title: Text; startsAt: string };
  meetings?: ProgrammeMeeting[];
}

export function reportSheets(report: AnyReport, context: SheetContext = {}): Sheet[] {
  const summary: SheetCell[][] = [];
  if (context.meeting) {
    summary.push(
      [sideBySide(MEETING), bilingualTitle(context.meeting.title)],
      [sideBySide(STARTS), context.meeting.startsAt],
    );
  }
  summary.push(
    [sideBySide(BASIS_HEADING), sideBySide(BASIS_LABELS[report.basis])],
    [sideBySide(GRAND_TOTAL), report.total],
    [sideBySide(NO_SHOWS), report.noShows],
  );
  if (report.minCell) summary.push([sideBySide(SMALL_CELLS), `<${report.minCell}`]);
  const sheets: Sheet[] = [
    { name: PARTICIPANTS.ar, heading: [sideBySide(ITEM), sideBySide(VALUE)], rows: summary },
  ];
  for (const table of TABLE_NAMES) sheets.push(tableSheet(report, table));
  if (context.meetings) {
    sheets.push({
      name: MEETINGS_HEADING.ar,
      heading: [
        sideBySide(MEETING),
        sideBySide(STARTS),
        sideBySide(COUNT_HEADING),
        sideBySide(CODE_HEADING),
      ],
      rows: context.meetings.map((m) => [bilingualTitle(m.title), m.startsAt, m.total, m.slug]),
      kinds: ['text', 'datetime', 'number', 'text'],
    });
  }
  return sheets;
}
