// The query strings of the report endpoints: basis, file format, the small-cell threshold and,
// across meetings, a range of Morocco dates.
import * as v from 'valibot';
import { msg } from '../schemas/validate';
import { DEFAULT_BASIS, REPORT_BASES } from './types';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
/** The smallest and largest threshold `minCell` accepts (1 would hide nothing). */
export const MIN_CELL_RANGE = { min: 2, max: 100 } as const;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const DateSchema = v.optional(
  v.pipe(
    v.string(msg('invalid')),
    v.regex(DATE, msg('invalid')),
    v.check(isRealDate, msg('invalid')),
  ),
);

export const ReportQuerySchema = v.object({
  basis: v.optional(v.picklist(REPORT_BASES, msg('choice')), DEFAULT_BASIS),
  format: v.optional(v.picklist(EXPORT_FORMATS, msg('choice'))),
  minCell: v.optional(
    v.pipe(
      v.string(msg('positiveInteger')),
      v.regex(/^\d{1,3}$/, msg('positiveInteger')),
      v.transform(Number),
      v.minValue(MIN_CELL_RANGE.min, msg('positiveInteger')),
      v.maxValue(MIN_CELL_RANGE.max, msg('positiveInteger')),
    ),
  ),
});
export type ReportQuery = v.InferOutput<typeof ReportQuerySchema>;

/** Dates are Morocco calendar days, both included: `from=2023-10-01&to=2023-10-31`. */
export const ProgrammeQuerySchema = v.pipe(
  v.object({ ...ReportQuerySchema.entries, from: DateSchema, to: DateSchema }),
  v.forward(
    v.partialCheck([['from'], ['to']], (q) => !q.from || !q.to || q.from <= q.to, msg('invalid')),
    ['to'],
  ),
);
export type ProgrammeQuery = v.InferOutput<typeof ProgrammeQuerySchema>;
