// Open a meeting on a participant's form (and the desk): the server's copy, else the one last seen
// on this device, so its registration form still opens offline (someone who opened the poster's
// link at home can fill it in on the bus). Staff screens read the network only
// (../staff/loadMeeting.ts).
import type { MeetingView } from '../../../shared/api/meetings';
import { ApiError } from '../../api/http';
import { getMeeting } from '../../api/meetings';
import { getMeta, setMeta } from '../../store/meta';

const key = (slug: string) => `meeting:${slug}`;

export type MeetingLoad =
  | { kind: 'fresh'; meeting: MeetingView }
  | { kind: 'cached'; meeting: MeetingView; savedAt: number }
  | { kind: 'not-found' }
  | { kind: 'offline' };

interface Snapshot {
  meeting: MeetingView;
  savedAt: number;
}

/** `prefetched`: the answer already asked for (client/api/meetingPrefetch), if any. */
export async function loadMeetingOrLastSeen(
  slug: string,
  signal?: AbortSignal,
  prefetched?: Promise<MeetingView> | null,
): Promise<MeetingLoad> {
  try {
    const meeting = await (prefetched ?? getMeeting(slug, signal));
    // Not awaited: the form shows without waiting for IndexedDB; failing to cache (storage full,
    // private mode) must not hide a meeting we have.
    void setMeta(key(slug), { meeting, savedAt: Date.now() } satisfies Snapshot).catch(
      () => undefined,
    );
    return { kind: 'fresh', meeting };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { kind: 'not-found' };
    if (signal?.aborted) throw error;
    const snapshot = await getMeta<Snapshot>(key(slug)).catch(() => undefined);
    return snapshot ? { kind: 'cached', ...snapshot } : { kind: 'offline' };
  }
}
