// Several tables as one file (the report): sections one after the other in CSV, one worksheet
// each in XLSX, through the same writers as every other export.
import type { Context } from 'hono';
import type { Config } from '../config';
import { exportResponse, type ExportFormat } from '../exports/respond';
import type { CellKind, ExportContext, ExportSheet } from '../exports/table';
import type { AppEnv } from './env';

export type SheetCell = string | number | null;

export interface Sheet {
  name: string;
  heading: string[];
  rows: SheetCell[][];
  /** How each column is written (default: numbers as numbers, the rest as text). */
  kinds?: CellKind[];
}

function asExportSheet(sheet: Sheet): ExportSheet<unknown> {
  return {
    name: sheet.name,
    columns: sheet.heading.map((heading, i) => ({
      heading,
      kind: sheet.kinds?.[i],
      value: (row: unknown) => (row as SheetCell[])[i],
    })),
    rows: sheet.rows,
  };
}

export function exportSheets(
  c: Context<AppEnv>,
  config: Config,
  format: ExportFormat,
  filename: string,
  sheets: Sheet[],
  ctx: ExportContext,
): Response {
  return exportResponse(c, config, format, filename, sheets.map(asExportSheet), ctx);
}
