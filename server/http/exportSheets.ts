// Several tables as one file: sections one after the other in CSV (UTF-8 with BOM, a blank
// line between them), one right-to-left worksheet each in XLSX.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ExportFormat } from './exports';

export type SheetCell = string | number | null;

export interface Sheet {
  /** Worksheet name (XLSX; at most 31 characters, none of \ / ? * [ ] :). */
  name: string;
  heading: string[];
  rows: SheetCell[][];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function csvOf(sheets: Sheet[]): string {
  const lines: SheetCell[][] = [];
  sheets.forEach((sheet, i) => {
    if (i > 0) lines.push([]);
    lines.push(sheet.heading, ...sheet.rows);
  });
  return '\uFEFF' + stringify(lines.map((row) => row.map((cell) => cell ?? '')));
}

async function xlsxOf(sheets: Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), {
      views: [{ rightToLeft: true }],
    });
    ws.addRow(sheet.heading).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    ws.columns.forEach((column, i) => {
      const widest = Math.max(
        ...[sheet.heading, ...sheet.rows].map((r) => String(r[i] ?? '').length),
      );
      column.width = Math.min(60, Math.max(10, widest + 2));
    });
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function exportSheets(
  format: ExportFormat,
  filename: string,
  sheets: Sheet[],
): Promise<Response> {
  const disposition = `attachment; filename="${filename}.${format}"`;
  if (format === 'csv') {
    return new Response(csvOf(sheets), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition },
    });
  }
  return new Response(await xlsxOf(sheets), {
    headers: { 'content-type': XLSX_TYPE, 'content-disposition': disposition },
  });
}
