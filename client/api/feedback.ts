// Feedback and proposals: the address feedback is queued to, the public proposals, and the
// organizers' reads and decisions (network only).
import type { FeedbackSummary } from '../../shared/feedback/summary';
import type {
  FeedbackKind,
  ProposalPatch,
  ProposalStatus,
  RatingKey,
} from '../../shared/schemas/feedback';
import { apiRequest } from './http';

const meetingPath = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}`;

/** Where a phone's feedback is POSTed (through the outbox). */
export function feedbackUrl(slug: string): string {
  return `${meetingPath(slug)}/feedback`;
}

/** The answer to a feedback: whether it was linked, and the proposals its solutions became. */
export interface FeedbackAnswer {
  id: string;
  linked: boolean;
  proposals: string[];
}

export interface PublicProposal {
  id: string;
  text: string;
  workshopId: string | null;
  status: ProposalStatus;
  explanation?: string;
  institution?: string;
}

export interface OrganizerProposal extends PublicProposal {
  hidden: boolean;
  mergedInto: string | null;
  feedbackId: string;
  createdAt: string;
  updatedAt: string;
}

export interface FeedbackItem {
  id: string;
  kind: FeedbackKind;
  ratings: Record<RatingKey, number | null>;
  workshopId: string | null;
  problems: string[];
  solutions: string[];
  expectedResults: string[];
  comment: string | null;
  linked: boolean;
  participantName: string | null;
  createdAt: string;
}

export interface FeedbackOverview {
  items: FeedbackItem[];
  summary: FeedbackSummary;
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
  audience: 'attended' | 'accepted',
): Promise<{ queued: number; at: string }> {
  return apiRequest(`${feedbackUrl(slug)}/invitations`, { method: 'POST', body: { audience } });
}
