// What the API answers about feedback and proposals: the answer to a feedback, a proposal as
// the public and as organizers see it, and the organizers' overview; and the requests.
import type { Locale } from '../enums';
import type { FeedbackSummary } from '../feedback/summary';
import type { FeedbackKind, ProposalStatus, RatingKey } from '../schemas/feedback';

export type { FeedbackKind, ProposalStatus, RatingKey };
export type { FeedbackSummary };
export type {
  FeedbackInput,
  FeedbackInvitationRequest,
  ProposalPatch,
  Ratings,
} from '../schemas/feedback';
export type { QueuedMessages } from './outbox';

/** The answer to `POST …/feedback`. */
export interface FeedbackAnswer {
  id: string;
  /** Whether it is linked to the sender's registration (else anonymous). */
  linked: boolean;
  /** The ids of the proposals its solutions became, in order. */
  proposals: string[];
}

/** A proposal as the public sees it: text and fate, never who wrote it. */
export interface PublicProposal {
  id: string;
  text: string;
  workshopId: string | null;
  status: ProposalStatus;
  explanation?: string;
  /** The institution concerned, once the organizers have named it. */
  institution?: string;
}

export interface OrganizerProposal extends PublicProposal {
  hidden: boolean;
  mergedInto: string | null;
  feedbackId: string;
  createdAt: string;
  updatedAt: string;
}

/** One feedback as organizers read it. */
export interface FeedbackItem {
  id: string;
  kind: FeedbackKind;
  ratings: Record<RatingKey, number | null>;
  workshopId: string | null;
  problems: string[];
  solutions: string[];
  expectedResults: string[];
  comment: string | null;
  locale: Locale;
  linked: boolean;
  registrationId: string | null;
  /** Only for feedback its author linked to their registration. */
  participantName: string | null;
  createdAt: string;
}

/** `GET …/feedback` (organizers): every feedback and the summary. */
export interface FeedbackOverview {
  items: FeedbackItem[];
  summary: FeedbackSummary;
}
