// Meetings: the public list and page, and the organizer's writes (network only).
import type { MeetingView } from '../../shared/api/meetings';
import type { MeetingInput } from '../../shared/schemas/meeting';
import { apiRequest } from './http';

/** The client's name for the API's meeting view. */
export type Meeting = MeetingView;

const base = '/api/meetings';
const one = (slug: string) => `${base}/${encodeURIComponent(slug)}`;

/** For staff: the meetings they may act on (admins: all), drafts included. */
export function listMeetings(signal?: AbortSignal): Promise<Meeting[]> {
  return apiRequest<Meeting[]>(base, { signal });
}

/** The published meetings, as the public sees them even when a staff session is open. */
export function listPublicMeetings(signal?: AbortSignal): Promise<Meeting[]> {
  return apiRequest<Meeting[]>(`${base}?view=public`, { signal });
}

export function getMeeting(slug: string, signal?: AbortSignal): Promise<Meeting> {
  return apiRequest<Meeting>(one(slug), { signal });
}

export function createMeeting(input: MeetingInput): Promise<Meeting> {
  return apiRequest<Meeting>(base, { method: 'POST', body: input });
}

/** A JSON merge patch: objects merge, arrays replace, null removes a field. */
export function updateMeeting(slug: string, patch: Record<string, unknown>): Promise<Meeting> {
  return apiRequest<Meeting>(one(slug), { method: 'PATCH', body: patch });
}
