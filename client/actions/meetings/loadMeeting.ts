// Open a meeting on a staff screen: the meeting as the API shows it to its team (drafts too),
// from the network only.
import type { MeetingView } from '../../../shared/api/meetings';
import { getMeeting } from '../../api/meetings';

export function loadMeeting(slug: string, signal?: AbortSignal): Promise<MeetingView> {
  return getMeeting(slug, signal);
}
