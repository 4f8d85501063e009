// The meeting as last read from the server: seats left change with every decision, so the
// counts and the capacity explanation read it again instead of trusting the first answer.
import { useState } from 'preact/hooks';
import type { MeetingView } from '../../../shared/api/meetings';
import { loadMeeting, type MeetingWithSeats } from '../../actions/staff/loadMeeting';

export type { MeetingWithSeats };

export function useLiveMeeting(
  initial: MeetingView,
): [MeetingWithSeats, () => Promise<MeetingWithSeats | null>] {
  const [meeting, setMeeting] = useState<MeetingWithSeats>(initial);
  async function refresh(): Promise<MeetingWithSeats | null> {
    try {
      const fresh = await loadMeeting(initial.slug);
      setMeeting(fresh);
      return fresh;
    } catch {
      return null; // the counts keep their last known values
    }
  }
  return [meeting, refresh];
}
