// Decide on a proposal (organizers): its fate, the explanation, the institution, a merge into
// another, hidden or not. Rejects with the server's refusal (read it with refusalOf).
import type { OrganizerProposal } from '../../../shared/api/feedback';
import type { ProposalPatch } from '../../../shared/schemas/feedback';
import { moderateProposal as patchProposal } from '../../api/feedback';

export function moderateProposal(id: string, patch: ProposalPatch): Promise<OrganizerProposal> {
  return patchProposal(id, patch);
}
