// Building blocks shared by the schemas: text in several languages, wall times, codes.
import * as v from 'valibot';
import { PROVINCE_CODES, REGION_CODES } from '../geo';
import { msg } from './validate';

export const requiredString = (max: number) =>
  v.pipe(
    v.string(msg('required')),
    v.trim(),
    v.nonEmpty(msg('required')),
    v.maxLength(max, msg('tooLong')),
  );

export const optionalString = (max: number) =>
  v.optional(v.pipe(v.string(msg('invalid')), v.trim(), v.maxLength(max, msg('tooLong'))));

/** Text a person reads: Arabic required, French and English optional. */
export const TextSchema = v.object({
  ar: v.pipe(
    v.string(msg('arabicTitle')),
    v.trim(),
    v.nonEmpty(msg('arabicTitle')),
    v.maxLength(2000, msg('tooLong')),
  ),
  fr: optionalString(2000),
  en: optionalString(2000),
});
export type Text = v.InferOutput<typeof TextSchema>;

export const LongTextSchema = v.object({
  ar: v.pipe(v.string(msg('required')), v.trim(), v.maxLength(20000, msg('tooLong'))),
  fr: optionalString(20000),
  en: optionalString(20000),
});

const WALL_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A local wall time without offset, "2026-12-12T09:00", read in the meeting's time zone. */
export const WallTimeSchema = v.pipe(
  v.string(msg('wallTime')),
  v.regex(WALL_TIME, msg('wallTime')),
  v.check(isRealDate, msg('wallTime')),
);

export const ClockTimeSchema = v.pipe(
  v.string(msg('clockTime')),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg('clockTime')),
);

export const EmailSchema = v.pipe(
  v.string(msg('email')),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254, msg('email')),
  v.email(msg('email')),
);

/** Canonical lower case: the same UUID typed in capitals is the same record. */
export const UuidSchema = v.pipe(v.string(msg('invalid')), v.uuid(msg('invalid')), v.toLowerCase());

export const ProvinceCodeSchema = v.picklist(PROVINCE_CODES, msg('choice'));
export const RegionCodeSchema = v.picklist(REGION_CODES, msg('choice'));

export const PositiveIntSchema = v.pipe(
  v.number(msg('positiveInteger')),
  v.integer(msg('positiveInteger')),
  v.minValue(1, msg('positiveInteger')),
  v.maxValue(1_000_000, msg('positiveInteger')),
);

export const NonNegativeIntSchema = v.pipe(
  v.number(msg('nonNegativeInteger')),
  v.integer(msg('nonNegativeInteger')),
  v.minValue(0, msg('nonNegativeInteger')),
  v.maxValue(1_000_000, msg('nonNegativeInteger')),
);
