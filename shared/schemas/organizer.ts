// What organizers send about registrations: decisions on many at once, invitation codes.
import * as v from 'valibot';
import { UuidSchema, requiredString } from './common';
import { msg } from './validate';

export const DecisionsSchema = v.object({
  decisions: v.pipe(
    v.array(
      v.object({
        id: UuidSchema,
        status: v.picklist(['accepted', 'waitlisted', 'rejected'] as const, msg('choice')),
      }),
      msg('invalid'),
    ),
    v.minLength(1, msg('required')),
    v.maxLength(5000, msg('tooLong')),
  ),
});

export const InvitationRequestSchema = v.object({
  count: v.pipe(
    v.number(msg('positiveInteger')),
    v.integer(msg('positiveInteger')),
    v.minValue(1, msg('positiveInteger')),
    v.maxValue(500, msg('positiveInteger')),
  ),
  label: requiredString(200),
});
