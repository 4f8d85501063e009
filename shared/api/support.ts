// What the API answers about travel and lodging support: the participant's request as it
// stands, the organizers' ranked lists and their counts; and what both send.
import type { SupportDecision } from '../schemas/support';

export type { SupportDecision, SupportList } from '../schemas/support';
export type { SupportDecisionsInput, SupportRequestInput } from '../schemas/support';

/** Whether the distance rule makes the person eligible for one list, and why. */
export interface ListAnswer {
  eligible: boolean;
  reason: string;
}

/**
 * What the participant is answered (`POST /api/registrations/:id/support` → 201) and sees
 * again (`GET`, and on their registration).
 */
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

/** One line of the organizers' travel or lodging list (`GET …/support?list=`). */
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

/** `GET /api/meetings/:slug/support`: both lists, ranked, and their counts. */
export interface SupportOverview {
  travel: SupportListItem[];
  lodging: SupportListItem[];
  summary: SupportSummary;
}

/** `POST …/support/decisions`: the registrations whose decision changed, and the new counts. */
export interface SupportDecisionsAnswer {
  changed: string[];
  summary: SupportSummary;
}
