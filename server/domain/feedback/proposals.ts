// The proposals of a meeting: the public list (kept duplicates once, hidden ones left out, no
// names) and the organizers' full list for moderation.
import type { MeetingRow } from '../../db/repositories/meetings';
import { listProposalRows } from '../../db/repositories/proposals';
import type { Deps } from '../../deps';
import type { OrganizerProposal, PublicProposal } from '../../../shared/api/feedback';
import { toOrganizerProposal, toPublicProposal } from './proposalView';

export async function publicProposals(deps: Deps, meeting: MeetingRow): Promise<PublicProposal[]> {
  return (await listProposalRows(deps.db.kysely, meeting.id, true)).map(toPublicProposal);
}

export async function proposalsForModeration(
  deps: Deps,
  meeting: MeetingRow,
): Promise<OrganizerProposal[]> {
  return (await listProposalRows(deps.db.kysely, meeting.id, false)).map(toOrganizerProposal);
}
