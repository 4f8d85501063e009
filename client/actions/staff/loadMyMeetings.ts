// Open the staff's list: the meetings this member may act on (admins: all), drafts included.
import type { MeetingView } from '../../../shared/api/meetings';
import { listMeetings } from '../../api/meetings';

export function loadMyMeetings(signal?: AbortSignal): Promise<MeetingView[]> {
  return listMeetings(signal);
}
