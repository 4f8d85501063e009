// GET /api/meetings/:slug started before a screen's code arrived, for that screen to take once.
import type { MeetingView } from '../../shared/api/meetings';
import { getMeeting } from './meetings';

/** A meeting asked for early; `meeting` is null once taken. */
let early: { slug: string; meeting: Promise<MeetingView> | null } | null = null;

/**
 * Starts GET /api/meetings/:slug beside a screen's own code rather than after it (one 3G round
 * trip less before the registration form shows). Again for the same slug (every render of the
 * route), it does nothing.
 */
export function prefetchMeeting(slug: string): void {
  if (early?.slug === slug) return;
  const meeting = getMeeting(slug);
  meeting.catch(() => undefined); // whoever takes it reads the failure
  early = { slug, meeting };
}

/** The prefetched answer for this slug, once: a retry asks the server again. */
export function takePrefetchedMeeting(slug: string): Promise<MeetingView> | null {
  if (early?.slug !== slug) return null;
  const meeting = early.meeting;
  early.meeting = null;
  return meeting;
}
