// The desk of a meeting while its screen is open: started on mount, stopped on unmount, and a
// redraw whenever it changes. The meeting itself (workshops, schedule) comes from the network,
// or from the copy this device kept when offline.
import { useEffect, useState } from 'preact/hooks';
import type { MeetingView } from '../../../shared/api/meetings';
import { loadMeetingOrLastSeen } from '../../actions/meetings/loadMeetingOrLastSeen';
import { Desk } from '../../desk/actions/desk';
import { startDesk } from '../../desk/actions/start';

export function useDesk(slug: string, deskWord: string): Desk {
  const [desk] = useState(() => new Desk(slug, deskWord));
  const [, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = desk.subscribe(() => setVersion(desk.version));
    const stop = startDesk(desk);
    return () => {
      unsubscribe();
      stop();
    };
  }, [desk]);
  return desk;
}

/** The meeting, or null while unknown (offline on a device that never saw it). */
export function useMeeting(slug: string): MeetingView | null {
  const [meeting, setMeeting] = useState<MeetingView | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    loadMeetingOrLastSeen(slug, abort.signal).then(
      (load) => {
        if (load.kind === 'fresh' || load.kind === 'cached') setMeeting(load.meeting);
      },
      () => undefined,
    );
    return () => abort.abort();
  }, [slug]);
  return meeting;
}
