// The meeting as the API shows it: schedule as instants with the zone's offset, window state.
import type { MeetingView } from '../../shared/api/meetings';
import { registrationWindowState } from '../../shared/registrationWindow';
import type { MeetingInput } from '../../shared/schemas/meeting';
import { personalDataEraseAt, retentionDaysOf } from '../../shared/retention';
import { instantWithOffset } from '../../shared/time/zone';
import type { MeetingRow } from '../db/repositories/meetings';

export function meetingInputOf(row: MeetingRow): MeetingInput {
  return JSON.parse(row.data) as MeetingInput;
}

export function toMeetingView(row: MeetingRow, now: Date): MeetingView {
  const input = meetingInputOf(row);
  const zone = row.timezone;
  const retentionDays = retentionDaysOf(input);
  return {
    id: row.id,
    ...input,
    timezone: zone,
    startsAt: instantWithOffset(new Date(row.starts_at), zone),
    endsAt: instantWithOffset(new Date(row.ends_at), zone),
    registration: {
      opensAt: instantWithOffset(new Date(row.opens_at), zone),
      closesAt: instantWithOffset(new Date(row.closes_at), zone),
    },
    registrationState: registrationWindowState(now, row.opens_at, row.closes_at),
    seatsLeft: Math.max(0, row.capacity - row.seats_taken),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    retentionDays,
    personalDataEraseAt: instantWithOffset(
      new Date(personalDataEraseAt(row.ends_at, retentionDays)),
      zone,
    ),
    personalDataErasedAt: row.personal_data_erased_at
      ? instantWithOffset(new Date(row.personal_data_erased_at), zone)
      : null,
  };
}
