// A proposal as the public sees it (text and fate, never who wrote it) and as organizers do.
import type { OrganizerProposal, PublicProposal } from '../../../shared/api/feedback';
import type { ProposalRow } from '../../db/repositories/proposals';

export function toPublicProposal(row: ProposalRow): PublicProposal {
  return {
    id: row.id,
    text: row.text,
    workshopId: row.workshop_id,
    status: row.status,
    ...(row.explanation ? { explanation: row.explanation } : {}),
    ...(row.institution ? { institution: row.institution } : {}),
  };
}

export function toOrganizerProposal(row: ProposalRow): OrganizerProposal {
  return {
    ...toPublicProposal(row),
    hidden: Boolean(row.hidden),
    mergedInto: row.merged_into,
    feedbackId: row.feedback_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
