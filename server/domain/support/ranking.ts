// Orders one list (travel or lodging) for the committee and says how far the budget reaches.
import type { SupportDecision, SupportListSummary } from '../../../shared/api/support';

export interface Candidate {
  eligible: boolean;
  /** Accessibility needs or a companion. */
  priority: boolean;
  distanceKm: number | null;
  /** Registration order: earlier registrations first among equals. */
  registrationSeq: number;
  decision: SupportDecision;
}

export type Ranked<T> = T & { rank: number; withinBudget: boolean };

/**
 * Eligible requests first; among them persons with accessibility needs (when the policy gives
 * them priority), then the farthest, then the earliest registered. Ineligible ones follow,
 * farthest first, so the committee sees who just missed the threshold.
 */
export function compareCandidates(usePriority: boolean) {
  return (a: Candidate, b: Candidate): number =>
    Number(b.eligible) - Number(a.eligible) ||
    (usePriority ? Number(b.priority) - Number(a.priority) : 0) ||
    (b.distanceKm ?? -1) - (a.distanceKm ?? -1) ||
    a.registrationSeq - b.registrationSeq;
}

/**
 * Ranks 1..n. Approvals take budget first (in rank order, so an override beyond the budget
 * shows as outside it); then pending eligible requests in rank order take what is left.
 * Declined and ineligible requests are never within budget. No budget: every approved or
 * pending eligible request is within it.
 */
export function rankList<T extends Candidate>(
  items: readonly T[],
  budget: number | null,
  usePriority: boolean,
): Ranked<T>[] {
  const sorted = [...items].sort(compareCandidates(usePriority));
  const cap = budget ?? Number.POSITIVE_INFINITY;
  const approvedTotal = sorted.filter((c) => c.decision === 'approved').length;
  let approvedSeen = 0;
  let pendingSeen = 0;
  return sorted.map((c, i) => {
    let withinBudget = false;
    if (c.decision === 'approved') withinBudget = approvedSeen++ < cap;
    else if (c.decision === 'pending' && c.eligible)
      withinBudget = approvedTotal + pendingSeen++ < cap;
    return { ...c, rank: i + 1, withinBudget };
  });
}

export function summarize(items: readonly Candidate[], budget: number | null): SupportListSummary {
  const count = (test: (c: Candidate) => boolean) => items.filter(test).length;
  const approved = count((c) => c.decision === 'approved');
  return {
    requested: items.length,
    eligible: count((c) => c.eligible),
    approved,
    declined: count((c) => c.decision === 'declined'),
    pending: count((c) => c.decision === 'pending'),
    budget,
    remaining: budget === null ? null : budget - approved,
  };
}
