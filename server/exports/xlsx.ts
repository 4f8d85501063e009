// XLSX as a stream (exceljs' streaming writer): each row is committed to the zip as it is
// written, so memory stays flat however long the list. Header frozen, filter on, widths set,
// right-to-left in Arabic; numbers as numbers, instants as dates in the meeting's time zone,
// text as text (a name starting with "=" stays a name).
import { PassThrough } from 'node:stream';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { wallTimeDate } from './localTime';
import {
  cellsOf,
  type CellKind,
  type CellValue,
  type ExportContext,
  type ExportSheet,
} from './table';

const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
// 10, not 9: exceljs leaves a width of 9 (its default) out of the file.
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;
/** Rows read ahead to size columns whose width is not given. */
const MEASURED_ROWS = 200;

// Only dates need a style: strings are written as strings (never formulas) and numbers as
// numbers without one, and every styled cell costs exceljs a style lookup.
const styleOf = (kind: CellKind | undefined): Partial<ExcelJS.Style> | undefined =>
  kind === 'datetime' ? { numFmt: DATETIME_FORMAT } : undefined;

function xlsxCell(value: CellValue, kind: CellKind | undefined, ctx: ExportContext) {
  if (value == null || value === '') return null;
  if (typeof value === 'number') return value;
  if (kind === 'datetime') return wallTimeDate(value, ctx.timezone);
  return value;
}

/** Characters a cell shows (a line break starts a new line; dates show 16). */
function shownLength(value: CellValue, kind: CellKind | undefined): number {
  if (value == null) return 0;
  if (kind === 'datetime') return 16;
  return Math.max(
    ...String(value)
      .split('\n')
      .map((line) => line.length),
  );
}

const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';

async function writeSheet(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: ExportSheet<unknown>,
  ctx: ExportContext,
  out: PassThrough,
): Promise<void> {
  const ws = book.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: ctx.locale === 'ar' }],
  });
  const rows = cellsOf(sheet);
  // Widths must be known before the first row is committed: measure a prefix, then stream on.
  const ahead: CellValue[][] = [];
  for (let next = await rows.next(); ; next = await rows.next()) {
    if (next.done) break;
    ahead.push(next.value);
    if (ahead.length === MEASURED_ROWS) break;
  }
  ws.columns = sheet.columns.map((c, i) => {
    const widest = Math.max(c.heading.length, ...ahead.map((r) => shownLength(r[i], c.kind)));
    const width = c.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
    const style = styleOf(c.kind);
    return style ? { key: String(i), width, style } : { key: String(i), width };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  const header = ws.addRow(sheet.columns.map((c) => c.heading));
  header.font = { bold: true };
  header.commit();
  const put = async (cells: CellValue[]) => {
    ws.addRow(cells.map((v, i) => xlsxCell(v, sheet.columns[i]?.kind, ctx))).commit();
    // Backpressure: a slow download holds the writer instead of filling memory.
    if (out.writableNeedDrain) await once(out, 'drain');
  };
  for (const cells of ahead) await put(cells);
  for await (const cells of rows) await put(cells);
  ws.commit();
}

/** The workbook as a Node stream; errors destroy it (the download fails rather than truncates silently). */
export function xlsxStream(sheets: ExportSheet<unknown>[], ctx: ExportContext): PassThrough {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  void (async () => {
    for (const sheet of sheets) await writeSheet(book, sheet, ctx, out);
    await book.commit();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}
