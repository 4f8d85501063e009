// An export as an HTTP answer: the file streamed as it is written, in the asker's language and
// the meeting's time zone, within this instance's cap on exports at once.
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { Config } from '../config';
import { DomainError } from '../core/domainError';
import { isLocale } from '../../shared/enums';
import type { AppEnv } from '../http/env';
import { requestLocale } from '../http/locale';
import { csvChunks } from './csv';
import { exportSlots, type ExportSlots } from './slots';
import type { ExportContext, ExportSheet } from './table';
import { xlsxStream } from './xlsx';

export type ExportFormat = 'csv' | 'xlsx';

export function isExportFormat(value: string | undefined): value is ExportFormat {
  return value === 'csv' || value === 'xlsx';
}

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Seconds a refused export is told to wait: about what one 10,000-row XLSX takes. */
const RETRY_AFTER_S = 5;

const slotsByConfig = new WeakMap<Config, ExportSlots>();

export function slotsOf(config: Config): ExportSlots {
  let slots = slotsByConfig.get(config);
  if (!slots) {
    slots = exportSlots(config.exportConcurrency ?? 2);
    slotsByConfig.set(config, slots);
  }
  return slots;
}

/** The asker's language (`?lang=`, for plain download links, else Accept-Language) and the zone. */
export function exportContextOf(c: Context<AppEnv>, timezone: string): ExportContext {
  const lang = c.req.query('lang');
  return { locale: isLocale(lang) ? lang : requestLocale(c), timezone };
}

/** Sheets of different row types in one file. */
export const anySheet = <T>(sheet: ExportSheet<T>) => sheet as unknown as ExportSheet<unknown>;

/**
 * A web stream that reads the file only as fast as the client takes it (Readable.toWeb pushes
 * ahead, and throws when data arrives after a client hung up).
 */
function pulled(source: Readable, release: () => void): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let next: IteratorResult<Buffer | string>;
      try {
        next = await chunks.next();
      } catch (err) {
        release();
        throw err;
      }
      if (next.done) {
        release();
        controller.close();
      } else
        controller.enqueue(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
    },
    async cancel() {
      release();
      source.destroy();
      await chunks.return?.();
    },
  });
}

export function exportResponse(
  c: Context<AppEnv>,
  config: Config,
  format: ExportFormat,
  filename: string,
  sheets: ExportSheet<unknown>[],
  ctx: ExportContext,
): Response {
  const release = slotsOf(config).take();
  if (!release)
    throw new DomainError('rate-limited', {
      headers: {
        'retry-after': String(RETRY_AFTER_S),
      },
    });
  const body =
    format === 'csv'
      ? Readable.from(csvChunks(sheets, ctx), { objectMode: false })
      : xlsxStream(sheets, ctx);
  // Ended, failed or abandoned by the client: the slot is free again.
  body.once('close', release);
  body.once('error', release);
  const safeName = filename.replace(/[^A-Za-z0-9._-]/g, '-');
  return c.body(pulled(body, release), 200, {
    'content-type': TYPES[format],
    'content-disposition': `attachment; filename="${safeName}.${format}"`,
  });
}
