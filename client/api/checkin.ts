// The check-in desk's reads (roster, counts, audit list) and the addresses of its writes, which
// go through the write queue (events, workshop moves, walk-ins).
import type {
  CheckinAnswer,
  CheckinEventView,
  CheckinSummary,
  DeskDevice,
  Roster,
  WorkshopLoad,
} from '../../shared/api/checkins';
import { apiRequest } from './http';

export type { CheckinAnswer, CheckinEventView, CheckinSummary, DeskDevice, Roster, WorkshopLoad };

const meeting = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}`;

/** The whole roster, or with `since` (a previous `generatedAt`) only who changed since. */
export function getRoster(slug: string, since?: string, signal?: AbortSignal): Promise<Roster> {
  const query = since ? `?since=${encodeURIComponent(since)}` : '';
  return apiRequest<Roster>(`${meeting(slug)}/roster${query}`, { signal });
}

export function getDeskDevices(slug: string, signal?: AbortSignal): Promise<DeskDevice[]> {
  return apiRequest<DeskDevice[]>(`${meeting(slug)}/checkins/devices`, { signal });
}

export function getCheckinSummary(slug: string, signal?: AbortSignal): Promise<CheckinSummary> {
  return apiRequest<CheckinSummary>(`${meeting(slug)}/checkins/summary`, { signal });
}

export function getCheckinEvents(slug: string, signal?: AbortSignal): Promise<CheckinEventView[]> {
  return apiRequest<CheckinEventView[]>(`${meeting(slug)}/checkins`, { signal });
}

/** `POST { deviceId, events }` here (through the write queue). */
export function checkinsUrl(slug: string): string {
  return `${meeting(slug)}/checkins`;
}

/** `POST { workshopId }` here (through the write queue). */
export function workshopUrl(slug: string, registrationId: string): string {
  return `${meeting(slug)}/attendees/${encodeURIComponent(registrationId)}/workshop`;
}
