// E-mails about feedback, queued in the transaction of the change that causes them: the fate
// of a proposal to the participants who linked their feedback (one per proposal of theirs,
// duplicates merged into it included), and the post-meeting invitation to give feedback.
// Payloads follow ../../mail/payloads.ts; the links in them are built at send time.
import type { Kysely } from 'kysely';
import { outcomeRecipients, type ProposalRow } from '../../db/repositories/proposals';
import type { RegistrationRow } from '../../db/repositories/registrations';
import type { Database } from '../../db/schema';
import { queueRegistrationMail } from '../../mail/queue';

/** The fates worth an e-mail: `under-study` is a step, not an outcome. */
export const FINAL_STATUSES: readonly string[] = ['retained', 'not-retained'];

/**
 * Queues the outcome of `kept` (a proposal that is not itself merged) for its linked authors.
 * Safe to call after every change: the dedupe key `${registration}:proposal-outcome:${proposal}`
 * queues nothing twice, so the first fate set is the one announced.
 */
export async function notifyProposalOutcome(
  trx: Kysely<Database>,
  kept: ProposalRow,
  nowIso: string,
): Promise<number> {
  if (!FINAL_STATUSES.includes(kept.status) || kept.hidden || kept.merged_into) return 0;
  let queued = 0;
  for (const r of await outcomeRecipients(trx, kept.id)) {
    const added = await queueRegistrationMail(trx, r, 'proposal-outcome', nowIso, {
      dedupeKey: `${r.id}:proposal-outcome:${r.proposal_id}`,
      payload: {
        proposalId: kept.id,
        // The participant's own proposal, when theirs was merged into `kept`.
        ownProposalId: r.proposal_id,
        text: kept.text,
        status: kept.status,
        explanation: kept.explanation,
        institution: kept.institution,
      },
    });
    if (added) queued++;
  }
  return queued;
}

/** One invitation per registration, ever (the default dedupe key), not before `notBefore`. */
export function queueFeedbackInvitation(
  trx: Kysely<Database>,
  row: Pick<RegistrationRow, 'id' | 'meeting_id' | 'email' | 'phone' | 'locale'>,
  nowIso: string,
  notBefore: string,
): Promise<boolean> {
  return queueRegistrationMail(trx, row, 'feedback-invitation', nowIso, { notBefore });
}
