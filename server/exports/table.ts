// What an export is made of: sheets of typed columns. The writers (CSV, XLSX) read only this.
import type { Locale } from '../../shared/enums';

/** How a column's cells are written: text (neutralised), a number, or an instant shown in local time. */
export type CellKind = 'text' | 'number' | 'datetime';
export type CellValue = string | number | null | undefined;

export interface ExportColumn<T> {
  heading: string;
  kind?: CellKind;
  /** Width in characters (XLSX); measured from the first rows when omitted. */
  width?: number;
  /** For `datetime`, an ISO instant; the writers show it in the meeting's time zone. */
  value: (row: T) => CellValue;
}

export interface ExportSheet<T = unknown> {
  /** Worksheet name (XLSX). */
  name: string;
  columns: ExportColumn<T>[];
  rows: Iterable<T> | AsyncIterable<T>;
}

export interface ExportContext {
  locale: Locale;
  /** The meeting's IANA zone: every time in the file is its wall time. */
  timezone: string;
}

/** Rows given between two yields to the event loop: a turn stays a few milliseconds even for XLSX. */
export const ROWS_PER_TURN = 100;

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The rows of a sheet as arrays of cells, yielding to the event loop every ROWS_PER_TURN rows. */
export async function* cellsOf<T>(sheet: ExportSheet<T>): AsyncGenerator<CellValue[]> {
  let n = 0;
  for await (const row of sheet.rows) {
    yield sheet.columns.map((c) => c.value(row));
    if (++n % ROWS_PER_TURN === 0) await nextTurn();
  }
}
