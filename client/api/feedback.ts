// Feedback and proposals: the address feedback is queued to, the public proposals, and the
// organizers' reads and decisions (network only).
import type {
  FeedbackAnswer,
  FeedbackInvitationRequest,
  FeedbackItem,
  FeedbackOverview,
  OrganizerProposal,
  ProposalPatch,
  PublicProposal,
  QueuedMessages,
} from '../../shared/api/feedback';
import { apiRequest } from './http';

export type { FeedbackAnswer, FeedbackItem, FeedbackOverview, OrganizerProposal, PublicProposal };

const meetingPath = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}`;

/** Where a phone's feedback is POSTed (through the write queue). */
export function feedbackUrl(slug: string): string {
  return `${meetingPath(slug)}/feedback`;
}

export function listProposals(slug: string, signal?: AbortSignal): Promise<PublicProposal[]> {
  return apiRequest<PublicProposal[]>(`${meetingPath(slug)}/proposals`, { signal });
}

export function listProposalsForModeration(
  slug: string,
  signal?: AbortSignal,
): Promise<OrganizerProposal[]> {
  return apiRequest<OrganizerProposal[]>(`${meetingPath(slug)}/proposals?view=moderation`, {
    signal,
  });
}

export function getFeedbackOverview(slug: string, signal?: AbortSignal): Promise<FeedbackOverview> {
  return apiRequest<FeedbackOverview>(feedbackUrl(slug), { signal });
}

export function feedbackExportUrl(slug: string, format: 'csv' | 'xlsx'): string {
  return `${feedbackUrl(slug)}?format=${format}`;
}

export function moderateProposal(id: string, patch: ProposalPatch): Promise<OrganizerProposal> {
  return apiRequest<OrganizerProposal>(`/api/proposals/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: patch,
  });
}

/** Queues the post-meeting invitation e-mails; answers how many were new. */
export function inviteToFeedback(
  slug: string,
  audience: NonNullable<FeedbackInvitationRequest['audience']>,
): Promise<QueuedMessages> {
  const body: FeedbackInvitationRequest = { audience };
  return apiRequest<QueuedMessages>(`${feedbackUrl(slug)}/invitations`, { method: 'POST', body });
}
