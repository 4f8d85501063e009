// CSV as a stream: UTF-8 with BOM (so Excel keeps Arabic intact), written in batches of rows
// with the event loop free between them. Sheets follow one another, a blank line between.
import { stringify } from 'csv-stringify/sync';
import { neutraliseCsv } from './neutralise';
import { wallTimeText } from './localTime';
import { cellsOf, type CellValue, type ExportContext, type ExportSheet } from './table';

const BATCH = 250;

function csvCell(value: CellValue, kind: string | undefined, ctx: ExportContext): string | number {
  if (value == null) return '';
  if (typeof value === 'number') return value;
  if (kind === 'datetime') return wallTimeText(value, ctx.timezone);
  return neutraliseCsv(value);
}

export async function* csvChunks(
  sheets: ExportSheet<unknown>[],
  ctx: ExportContext,
): AsyncGenerator<string> {
  yield '\uFEFF';
  for (const [i, sheet] of sheets.entries()) {
    if (i > 0) yield '\n';
    yield stringify([sheet.columns.map((c) => neutraliseCsv(c.heading))]);
    let batch: Array<Array<string | number>> = [];
    for await (const cells of cellsOf(sheet)) {
      batch.push(cells.map((v, j) => csvCell(v, sheet.columns[j]?.kind, ctx)));
      if (batch.length === BATCH) {
        yield stringify(batch);
        batch = [];
      }
    }
    if (batch.length) yield stringify(batch);
  }
}
