// The meeting as last read from the server: seats left change with every decision, so the
// counts and the capacity explanation read it again instead of trusting the first answer.
import { useState } from 'preact/hooks';
import { getMeeting, type Meeting } from '../../api/meetings';

/** The API adds the seats still free to the meeting it returns. */
export type MeetingWithSeats = Meeting & { seatsLeft?: number };

export function useLiveMeeting(
  initial: Meeting,
): [MeetingWithSeats, () => Promise<MeetingWithSeats | null>] {
  const [meeting, setMeeting] = useState<MeetingWithSeats>(initial);
  async function refresh(): Promise<MeetingWithSeats | null> {
    try {
      const fresh: MeetingWithSeats = await getMeeting(initial.slug);
      setMeeting(fresh);
      return fresh;
    } catch {
      return null; // the counts keep their last known values
    }
  }
  return [meeting, refresh];
}
