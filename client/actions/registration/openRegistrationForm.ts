// "Open the registration form": its meeting, taking the answer the address's HTML already
// asked for (one 3G round trip less), else asking, else the copy last seen on this phone.
import { takePrefetchedMeeting } from '../../api/meetingPrefetch';
import { loadMeetingOrLastSeen, type MeetingLoad } from '../meetings/loadMeetingOrLastSeen';

export function openRegistrationForm(slug: string, signal?: AbortSignal): Promise<MeetingLoad> {
  return loadMeetingOrLastSeen(slug, signal, takePrefetchedMeeting(slug));
}
