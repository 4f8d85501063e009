// The limits that are not per-request middleware, in one place with their reasons.
import type { LimitRule } from './limiter';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Proposals from one client to one meeting in an hour: a workshop table typing its solutions
 * in on one phone stays well under it; 600 a minute from a script does not.
 */
export const PROPOSALS_PER_CLIENT: LimitRule = { name: 'proposals', limit: 30, windowMs: HOUR };

/**
 * Messages of one kind to one address in a day, whatever the registration: registering and
 * cancelling in a loop must not turn the server into a mail cannon aimed at someone's inbox.
 * Proposal outcomes come one per proposal, so their cap is higher.
 */
export function mailsPerAddress(kind: string): LimitRule {
  return { name: `mail-${kind}`, limit: kind === 'proposal-outcome' ? 20 : 3, windowMs: DAY };
}
