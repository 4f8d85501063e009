// An organizer decides on a proposal: its fate and explanation, the institution concerned,
// hiding it from the public page (kept, and audited), or merging it into a duplicate. When a
// fate is set, the authors who linked their feedback hear of it, in the same transaction.
import type { Updateable } from 'kysely';
import type { Locale } from '../../../shared/enums';
import { feedbackMessage } from '../../../shared/feedback/validationMessages';
import type { ProposalPatch } from '../../../shared/schemas/feedback';
import { audit } from '../../db/repositories/audit';
import {
  findProposal,
  lockProposal,
  repointMerged,
  updateProposalRow,
  type ProposalRow,
} from '../../db/repositories/proposals';
import type { ProposalsTable } from '../../db/schema';
import { inWriteTransaction } from '../../db/writeBatch';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { mailQueued } from '../../mail/notifier';
import { DomainError } from '../../core/domainError';
import { notifyProposalOutcome } from './notify';
import type { OrganizerProposal } from '../../../shared/api/feedback';
import { toOrganizerProposal } from './proposalView';

function mergeRefused(locale: Locale): DomainError {
  return new DomainError('validation', {
    errors: [{ path: 'mergedInto', message: feedbackMessage('mergeTarget', locale) }],
  });
}

/** The proposal a duplicate may be merged into: another of the meeting, not itself merged. */
async function mergeTarget(
  deps: Deps,
  proposal: ProposalRow,
  targetId: string,
  locale: Locale,
): Promise<ProposalRow> {
  const target =
    targetId === proposal.id ? undefined : await findProposal(deps.db.kysely, targetId);
  if (!target || target.meeting_id !== proposal.meeting_id || target.merged_into !== null)
    throw mergeRefused(locale);
  return target;
}

function changesOf(patch: ProposalPatch, nowIso: string): Updateable<ProposalsTable> {
  return {
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    ...(patch.explanation !== undefined ? { explanation: patch.explanation } : {}),
    ...(patch.institution !== undefined ? { institution: patch.institution } : {}),
    ...(patch.hidden !== undefined ? { hidden: patch.hidden ? 1 : 0 } : {}),
    ...(patch.mergedInto !== undefined ? { merged_into: patch.mergedInto } : {}),
    updated_at: nowIso,
  };
}

function auditAction(before: ProposalRow, patch: ProposalPatch): string {
  if (patch.hidden !== undefined && Boolean(before.hidden) !== patch.hidden)
    return patch.hidden ? 'proposal.hide' : 'proposal.unhide';
  if (patch.mergedInto !== undefined && patch.mergedInto !== before.merged_into)
    return patch.mergedInto ? 'proposal.merge' : 'proposal.unmerge';
  return 'proposal.update';
}

export async function moderateProposal(
  deps: Deps,
  id: string,
  patch: ProposalPatch,
  actor: StaffUser,
  locale: Locale,
): Promise<OrganizerProposal> {
  const proposal = await findProposal(deps.db.kysely, id);
  if (!proposal) throw new DomainError('not-found');
  const target = patch.mergedInto
    ? await mergeTarget(deps, proposal, patch.mergedInto, locale)
    : null;
  const nowIso = deps.now().toISOString();
  const updated = await inWriteTransaction(deps.db, async (trx) => {
    // Read again under a lock and changed from the fate read: two organizers deciding at once
    // are applied one after the other, and a repeated decision changes nothing more.
    const current = await lockProposal(trx, deps.db.dialect, id);
    if (!current) throw new DomainError('not-found');
    if (!(await updateProposalRow(trx, id, current.status, changesOf(patch, nowIso))))
      throw new DomainError('conflict');
    if (target) await repointMerged(trx, id, target.id, nowIso);
    const after = await findProposal(trx, id);
    if (!after) throw new DomainError('not-found');
    await audit(trx, {
      at: nowIso,
      actor: actor.id,
      action: auditAction(current, patch),
      subject: id,
      detail: { before: toOrganizerProposal(current), patch },
    });
    // The proposal whose fate counts: this one, or the one it now stands merged into.
    const kept = after.merged_into ? await findProposal(trx, after.merged_into) : after;
    if (kept) await notifyProposalOutcome(trx, kept, nowIso);
    return after;
  });
  mailQueued(deps.db);
  return toOrganizerProposal(updated);
}
