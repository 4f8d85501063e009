// The desk's dashboard: expected and arrived, per workshop against its capacity, per desk.
import type { CheckinSummary, WorkshopLoad } from '../../../shared/api/checkins';
import type { MeetingRow } from '../../db/repositories/meetings';
import { deviceCounts, workshopCounts } from '../../db/repositories/checkins';
import type { Deps } from '../../deps';
import { meetingInputOf } from '../meetingView';

/** People without a workshop are counted under this key. */
export const NO_WORKSHOP = 'none';

export function workshopCapacity(meeting: MeetingRow, workshopId: string | null): number | null {
  if (workshopId === null) return null;
  return meetingInputOf(meeting).workshops?.find((w) => w.id === workshopId)?.capacity ?? null;
}

export async function checkinSummary(deps: Deps, meeting: MeetingRow): Promise<CheckinSummary> {
  const db = deps.db.kysely;
  const [workshops, devices] = await Promise.all([
    workshopCounts(db, meeting.id),
    deviceCounts(db, meeting.id),
  ]);
  // Every workshop of the meeting appears, empty ones included, then whatever rows name.
  const byWorkshop: Record<string, WorkshopLoad> = {};
  for (const w of meetingInputOf(meeting).workshops ?? [])
    byWorkshop[w.id] = { expected: 0, arrived: 0, capacity: w.capacity ?? null };
  byWorkshop[NO_WORKSHOP] = { expected: 0, arrived: 0, capacity: null };
  for (const row of workshops) {
    byWorkshop[row.workshopId ?? NO_WORKSHOP] = {
      expected: row.expected,
      arrived: row.arrived,
      capacity: workshopCapacity(meeting, row.workshopId),
    };
  }
  return {
    expected: workshops.reduce((n, w) => n + w.expected, 0),
    arrived: workshops.reduce((n, w) => n + w.arrived, 0),
    byWorkshop,
    byDevice: Object.fromEntries(devices.map((d) => [d.deviceId, d.count])),
    generatedAt: deps.now().toISOString(),
  };
}
