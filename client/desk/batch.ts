// Check-in events travel in batches: an event recorded while an earlier batch still waits in
// the write queue (offline, or while it is being sent) joins it, so a morning without network syncs
// in a few requests rather than hundreds. Each event keeps its own id: the server dedupes
// events, not batches, so a batch resent with more events in it is still a safe replay.
import type { CheckinMethod } from '../../shared/schemas/checkin';
import type { CheckinResult } from '../../shared/api/checkins';
import type { QueuedWrite } from '../store/types';

export const CHECKIN_KIND = 'checkin';
export const WORKSHOP_KIND = 'checkin-workshop';
/** Well under the API's 1,000, so one request stays small on a weak link. */
export const MAX_EVENTS_PER_BATCH = 200;

export interface CheckinEventBody {
  id: string;
  registrationId?: string;
  token?: string;
  /** A typed ticket code, as the desk read it (`7K3M-Q9TX`). */
  code?: string;
  at: string;
  method: CheckinMethod;
}

export interface CheckinBatchBody {
  deviceId: string;
  events: CheckinEventBody[];
}

/** The batch with the event added, or null when this batch cannot take it (sending, full…). */
export function withEvent(
  entry: QueuedWrite,
  url: string,
  deviceId: string,
  event: CheckinEventBody,
): QueuedWrite | null {
  const body = entry.body as CheckinBatchBody;
  if (entry.kind !== CHECKIN_KIND || entry.state !== 'waiting' || entry.url !== url) return null;
  if (body.deviceId !== deviceId || body.events.length >= MAX_EVENTS_PER_BATCH) return null;
  return { ...entry, body: { ...body, events: [...body.events, event] } };
}

/** The server's answers in a sent batch (none if the body is not what the API promises). */
export function resultsOf(entry: QueuedWrite): CheckinResult[] {
  const body = entry.response?.body as { results?: unknown } | undefined;
  return Array.isArray(body?.results) ? (body.results as CheckinResult[]) : [];
}
