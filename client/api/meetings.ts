// Meetings: the public list and page, and the organizer's writes (network only).
import type { MeetingInput, MeetingView } from '../../shared/api/meetings';
import { apiRequest } from './http';

const base = '/api/meetings';
const one = (slug: string) => `${base}/${encodeURIComponent(slug)}`;

/** For staff: the meetings they may act on (admins: all), drafts included. */
export function listMeetings(signal?: AbortSignal): Promise<MeetingView[]> {
  return apiRequest<MeetingView[]>(base, { signal });
}

/** The published meetings, as the public sees them even when a staff session is open. */
export function listPublicMeetings(signal?: AbortSignal): Promise<MeetingView[]> {
  return apiRequest<MeetingView[]>(`${base}?view=public`, { signal });
}

export function getMeeting(slug: string, signal?: AbortSignal): Promise<MeetingView> {
  return apiRequest<MeetingView>(one(slug), { signal });
}

export function createMeeting(input: MeetingInput): Promise<MeetingView> {
  return apiRequest<MeetingView>(base, { method: 'POST', body: input });
}

/** A JSON merge patch: objects merge, arrays replace, null removes a field. */
export function updateMeeting(slug: string, patch: Record<string, unknown>): Promise<MeetingView> {
  return apiRequest<MeetingView>(one(slug), { method: 'PATCH', body: patch });
}
