// Open one meeting as its organizers see it (drafts too), with the seats still free.
import type { MeetingView } from '../../../shared/api/meetings';
import { getMeeting } from '../../api/meetings';

/** The API adds the seats still free to the meeting it returns. */
export type MeetingWithSeats = MeetingView & { seatsLeft?: number };

export function loadMeeting(slug: string, signal?: AbortSignal): Promise<MeetingWithSeats> {
  return getMeeting(slug, signal);
}
