// Open a meeting's feedback (organizers): the meeting, its feedback with the summary, and the
// proposals as moderation sees them (hidden and merged ones included).
import type { MeetingView } from '../../../shared/api/meetings';
import type { FeedbackOverview, OrganizerProposal } from '../../../shared/api/feedback';
import { getFeedbackOverview, listProposalsForModeration } from '../../api/feedback';
import { loadMeeting } from '../staff/loadMeeting';

export interface FeedbackScreen {
  meeting: MeetingView;
  overview: FeedbackOverview;
  proposals: OrganizerProposal[];
}

export async function loadFeedback(slug: string, signal?: AbortSignal): Promise<FeedbackScreen> {
  const [meeting, overview, proposals] = await Promise.all([
    loadMeeting(slug, signal),
    getFeedbackOverview(slug, signal),
    listProposalsForModeration(slug, signal),
  ]);
  return { meeting, overview, proposals };
}
