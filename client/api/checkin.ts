// The check-in desk's reads (roster, counts, audit list) and the addresses of its writes, which
// go through the outbox (events, workshop moves, walk-ins).
import type { CheckinOutcome, CheckinResult, RosterAttendee } from '../../shared/schemas/checkin';
import { apiRequest } from './http';

export interface Roster {
  generatedAt: string;
  /** Present when only the people changed since then were asked for. */
  since?: string;
  attendees: RosterAttendee[];
}

export interface WorkshopLoad {
  expected: number;
  arrived: number;
  capacity: number | null;
}

export interface CheckinSummary {
  expected: number;
  arrived: number;
  /** Per workshop id, and "none" for people without one. */
  byWorkshop: Record<string, WorkshopLoad>;
  /** Check-ins per deviceId. */
  byDevice: Record<string, number>;
  generatedAt: string;
}

/** One line of the audit list: what a desk posted and what it got. */
export interface CheckinEventView {
  id: string;
  registrationId: string | null;
  deviceId: string;
  method: string;
  at: string;
  outcome: CheckinOutcome;
}

/** What `POST …/checkins` answers. */
export interface CheckinAnswer {
  results: CheckinResult[];
}

const meeting = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}`;

/** The whole roster, or with `since` (a previous `generatedAt`) only who changed since. */
export function getRoster(slug: string, since?: string, signal?: AbortSignal): Promise<Roster> {
  const query = since ? `?since=${encodeURIComponent(since)}` : '';
  return apiRequest<Roster>(`${meeting(slug)}/roster${query}`, { signal });
}

/** What the server holds from one desk (deviceId) of the meeting. */
export interface DeskDevice {
  deviceId: string;
  /** The latest scan it sent (ISO). */
  lastEventAt: string;
  lastReceivedAt: string;
  events: number;
  /** Sent by the account asking. */
  mine: boolean;
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

/** `POST { deviceId, events }` here (through the outbox). */
export function checkinsUrl(slug: string): string {
  return `${meeting(slug)}/checkins`;
}

/** `POST { workshopId }` here (through the outbox). */
export function workshopUrl(slug: string, registrationId: string): string {
  return `${meeting(slug)}/attendees/${encodeURIComponent(registrationId)}/workshop`;
}
