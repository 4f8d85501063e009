// What a check-in desk posts: batches of events recorded on the device (possibly offline,
// hours earlier), and the desk's change of a person's workshop group.
import * as v from 'valibot';
import { UuidSchema, requiredString } from './common';
import { msg } from './validate';

export const CHECKIN_METHODS = ['qr', 'code', 'search', 'walk-in'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];

export const CHECKIN_OUTCOMES = [
  'checked-in',
  'already-checked-in',
  'unknown',
  'not-accepted',
] as const;
export type CheckinOutcome = (typeof CHECKIN_OUTCOMES)[number];

export const MAX_CHECKIN_BATCH = 1000;

// An instant with its offset or Z ("2026-12-12T09:12:07.412+00:00"); any date is accepted,
// since a device's clock may be wrong and the event must still be kept.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function isInstant(value: string): boolean {
  if (!INSTANT.test(value)) return false;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return false;
  const year = new Date(ms).getUTCFullYear();
  // Rejects day 31 of a 30-day month, which Date.parse silently rolls over.
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return year >= 0 && year <= 9999 && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

export const InstantSchema = v.pipe(
  v.string(msg('invalid')),
  v.trim(),
  v.check(isInstant, msg('invalid')),
);

/** The QR ticket's content. */
export const TicketTokenSchema = v.pipe(
  v.string(msg('invalid')),
  v.trim(),
  v.nonEmpty(msg('required')),
  v.maxLength(200, msg('tooLong')),
);

/**
 * A ticket code as typed at the desk (`7K3M-Q9TX`, any case, dash or not). Not checked for
 * its alphabet here: a mistyped code is still an event the desk recorded, answered `unknown`.
 */
export const TicketCodeSchema = v.pipe(
  v.string(msg('invalid')),
  v.trim(),
  v.nonEmpty(msg('required')),
  v.maxLength(40, msg('tooLong')),
);

export const CheckinEventSchema = v.pipe(
  v.object({
    id: UuidSchema,
    registrationId: v.optional(UuidSchema),
    token: v.optional(TicketTokenSchema),
    code: v.optional(TicketCodeSchema),
    at: InstantSchema,
    method: v.picklist(CHECKIN_METHODS, msg('choice')),
  }),
  v.forward(
    v.partialCheck(
      [['registrationId'], ['token'], ['code']],
      (e) => Boolean(e.registrationId || e.token || e.code),
      msg('required'),
    ),
    ['token'],
  ),
);
export type CheckinEventInput = v.InferOutput<typeof CheckinEventSchema>;

export const CheckinBatchSchema = v.object({
  deviceId: requiredString(100),
  events: v.pipe(
    v.array(CheckinEventSchema, msg('invalid')),
    v.maxLength(MAX_CHECKIN_BATCH, msg('tooLong')),
  ),
});
export type CheckinBatch = v.InferOutput<typeof CheckinBatchSchema>;

export const WorkshopChangeSchema = v.object({
  workshopId: v.nullable(
    v.pipe(
      v.string(msg('choice')),
      v.trim(),
      v.nonEmpty(msg('choice')),
      v.maxLength(40, msg('choice')),
    ),
  ),
});
export type WorkshopChange = v.InferOutput<typeof WorkshopChangeSchema>;

// The roster and the check-in answers are response shapes: they live in shared/api/checkins.ts.
// Kept here for the desk modules that still import them from this file.
