// Opening a meeting's proposals page: the meeting (for its workshops) and what became of the
// proposals collected there, read together.
import type { MeetingView } from '../../../shared/api/meetings';
import type { PublicProposal } from '../../../shared/api/feedback';
import { listProposals } from '../../api/feedback';
import { getMeeting } from '../../api/meetings';

export interface MeetingProposals {
  meeting: MeetingView;
  proposals: PublicProposal[];
}

export async function loadMeetingProposals(
  slug: string,
  signal?: AbortSignal,
): Promise<MeetingProposals> {
  const [meeting, proposals] = await Promise.all([
    getMeeting(slug, signal),
    listProposals(slug, signal),
  ]);
  return { meeting, proposals };
}
