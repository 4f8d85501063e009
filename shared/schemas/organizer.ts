// What organizers send about registrations: decisions on many at once, invitation codes.
import * as v from 'valibot';
import { REGISTRATION_SOURCES, REGISTRATION_STATUSES } from '../enums';
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
export type DecisionsInput = v.InferOutput<typeof DecisionsSchema>;

export const InvitationRequestSchema = v.object({
  count: v.pipe(
    v.number(msg('positiveInteger')),
    v.integer(msg('positiveInteger')),
    v.minValue(1, msg('positiveInteger')),
    v.maxValue(500, msg('positiveInteger')),
  ),
  label: requiredString(200),
});
export type InvitationRequest = v.InferOutput<typeof InvitationRequestSchema>;

/** The registrations list's filters (`?status=&source=`); a value we do not know is refused. */
export const RegistrationFilterSchema = v.object({
  status: v.optional(v.picklist(REGISTRATION_STATUSES, msg('choice'))),
  source: v.optional(v.picklist(REGISTRATION_SOURCES, msg('choice'))),
});
export type RegistrationFilter = v.InferOutput<typeof RegistrationFilterSchema>;
