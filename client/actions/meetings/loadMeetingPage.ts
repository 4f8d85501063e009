// Opening a meeting's public page: the meeting as the public sees it (the page's HTML has
// already asked for it; this read takes that answer over).
import type { MeetingView } from '../../../shared/api/meetings';
import { getMeeting } from '../../api/meetings';

export function loadMeetingPage(slug: string, signal?: AbortSignal): Promise<MeetingView> {
  return getMeeting(slug, signal);
}
