// Open a meeting's support screen (organizing committee): the meeting with its criteria, and
// the ranked travel and lodging lists with their counts.
import type { MeetingView } from '../../../shared/api/meetings';
import type { SupportOverview } from '../../../shared/api/support';
import { getSupportOverview } from '../../api/support';
import { loadMeeting } from '../staff/loadMeeting';

export interface SupportScreen {
  meeting: MeetingView;
  overview: SupportOverview;
}

export async function loadSupportLists(slug: string, signal?: AbortSignal): Promise<SupportScreen> {
  const [meeting, overview] = await Promise.all([
    loadMeeting(slug, signal),
    getSupportOverview(slug, signal),
  ]);
  return { meeting, overview };
}
