// Tables as files: CSV (UTF-8 with BOM, so Excel keeps Arabic intact) and XLSX.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type ExportFormat = 'csv' | 'xlsx';

export interface Column<T> {
  /** Heading as printed: Arabic with French beside. */
  heading: string;
  value: (row: T) => string | number | null;
}

export function isExportFormat(value: string | undefined): value is ExportFormat {
  return value === 'csv' || value === 'xlsx';
}

export async function exportTable<T>(
  format: ExportFormat,
  filename: string,
  columns: Column<T>[],
  rows: T[],
): Promise<Response> {
  const disposition = `attachment; filename="${filename}.${format}"`;
  if (format === 'csv') {
    const csv = stringify([
      columns.map((c) => c.heading),
      ...rows.map((r) => columns.map((c) => c.value(r) ?? '')),
    ]);
    return new Response('\uFEFF' + csv, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition },
    });
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(filename.slice(0, 31), { views: [{ rightToLeft: true }] });
  sheet.addRow(columns.map((c) => c.heading)).font = { bold: true };
  for (const r of rows) sheet.addRow(columns.map((c) => c.value(r)));
  const buffer = await book.xlsx.writeBuffer();
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': disposition,
    },
  });
}
