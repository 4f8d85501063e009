// Opening the home page: the published meetings as the public sees them, soonest first.
import type { MeetingView } from '../../../shared/api/meetings';
import { listPublicMeetings } from '../../api/meetings';

export async function loadPublishedMeetings(signal?: AbortSignal): Promise<MeetingView[]> {
  const meetings = await listPublicMeetings(signal);
  return meetings
    .filter((m) => m.status === 'published')
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
