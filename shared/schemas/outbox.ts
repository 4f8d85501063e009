// Organizers' requests about e-mails: queue reminders now, at a set time, or days before.
import * as v from 'valibot';
import '../i18n/validation/staff';
import { WallTimeSchema } from './common';
import { msg } from './validate';

export const ReminderRequestSchema = v.strictObject({
  /** Local wall time in the meeting's zone ("2026-12-10T09:00"); absent: now. */
  at: v.optional(WallTimeSchema),
  /** Or this many days before the start, at the start's local time. */
  daysBefore: v.optional(
    v.pipe(
      v.number(msg('positiveInteger')),
      v.integer(msg('positiveInteger')),
      v.minValue(1, msg('positiveInteger')),
      v.maxValue(60, msg('positiveInteger')),
    ),
  ),
});
export type ReminderRequest = v.InferOutput<typeof ReminderRequestSchema>;
