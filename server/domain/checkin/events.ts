// The audit list of check-in events: what every desk posted, with the outcome it got.
import type { CheckinEventView } from '../../../shared/api/checkins';
import { listEvents } from '../../db/repositories/checkins';
import type { MeetingRow } from '../../db/repositories/meetings';
import type { Deps } from '../../deps';

/** Newest scan first (the device's time), then the latest received. */
export async function checkinEvents(deps: Deps, meeting: MeetingRow): Promise<CheckinEventView[]> {
  const rows = await listEvents(deps.db.kysely, meeting.id);
  return rows.map((r) => ({
    id: r.id,
    registrationId: r.registration_id,
    fullName: r.full_name ?? null,
    deviceId: r.device_id,
    method: r.method,
    at: r.at,
    outcome: r.outcome,
    receivedAt: r.received_at,
  }));
}
