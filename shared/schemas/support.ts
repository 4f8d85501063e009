// Travel and lodging support: what a participant asks and what organizers decide.
import * as v from 'valibot';
import { LOCALES } from '../enums';
import { ProvinceCodeSchema, UuidSchema, optionalString } from './common';
import { msg } from './validate';

export const SUPPORT_LISTS = ['travel', 'lodging'] as const;
export type SupportList = (typeof SUPPORT_LISTS)[number];

export const SUPPORT_DECISIONS = ['approved', 'declined'] as const;
/** An organizer's answer for one list; `pending` until they give one. */
export type SupportDecision = (typeof SUPPORT_DECISIONS)[number] | 'pending';

export const MAX_NIGHTS = 14;

/** `POST /api/registrations/:id/support`: one request per registration, a new one replaces it. */
export const SupportRequestSchema = v.object({
  travel: v.boolean(msg('invalid')),
  lodging: v.boolean(msg('invalid')),
  /** Defaults to the registration's province. */
  departureProvinceCode: v.optional(ProvinceCodeSchema),
  nights: v.optional(
    v.pipe(
      v.number(msg('invalid')),
      v.integer(msg('invalid')),
      v.minValue(1, msg('invalid')),
      v.maxValue(MAX_NIGHTS, msg('invalid')),
    ),
  ),
  note: optionalString(500),
  locale: v.optional(v.picklist(LOCALES, msg('choice'))),
});
export type SupportRequestInput = v.InferOutput<typeof SupportRequestSchema>;

const DecisionSchema = v.optional(v.picklist(SUPPORT_DECISIONS, msg('choice')));

/** `POST /api/meetings/:slug/support/decisions`: all or nothing, within budget unless overridden. */
export const SupportDecisionsSchema = v.object({
  decisions: v.pipe(
    v.array(
      v.object({ registrationId: UuidSchema, travel: DecisionSchema, lodging: DecisionSchema }),
      msg('invalid'),
    ),
    v.minLength(1, msg('required')),
    v.maxLength(2000, msg('tooLong')),
  ),
  override: v.optional(v.boolean(msg('invalid'))),
});
export type SupportDecisionsInput = v.InferOutput<typeof SupportDecisionsSchema>;
