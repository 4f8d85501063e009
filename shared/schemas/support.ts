// Travel and lodging support: what a participant asks, what organizers decide, and the
// answers both read.
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

export interface ListAnswer {
  eligible: boolean;
  reason: string;
}

/** What the participant is answered and sees again on their registration. */
export interface SupportRequestView {
  registrationId: string;
  travel: boolean;
  lodging: boolean;
  departureProvinceCode: string;
  nights: number | null;
  note: string | null;
  distanceKm: number | null;
  eligibility: { travel: ListAnswer; lodging: ListAnswer };
  status: 'requested' | 'withdrawn';
  decision: { travel: SupportDecision; lodging: SupportDecision };
  requestedAt: string;
  updatedAt: string;
}

/** One line of the organizers' travel or lodging list. */
export interface SupportListItem {
  registrationId: string;
  fullName: string;
  organization: string | null;
  provinceCode: string;
  distanceKm: number | null;
  eligible: boolean;
  reason: string;
  rank: number;
  withinBudget: boolean;
  decision: SupportDecision;
  /** Accessibility needs or a companion, ranked first when the policy says so. */
  priority: boolean;
  nights: number | null;
  registrationStatus: string;
  note: string | null;
  requestedAt: string;
}

export interface SupportListSummary {
  requested: number;
  eligible: number;
  approved: number;
  declined: number;
  pending: number;
  /** Seats (travel) or rooms (lodging); null when the policy sets no budget. */
  budget: number | null;
  /** Budget left after approvals; null without a budget, negative after an override. */
  remaining: number | null;
}

export interface SupportSummary {
  travel: SupportListSummary;
  lodging: SupportListSummary;
  /** Live registrations per departure province, for the map. */
  registrantsByProvince: Record<string, number>;
}
