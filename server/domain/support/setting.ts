// A meeting's support setting as the shared rule reads it: policy, venue, local start time.
import type { Locale } from '../../../shared/enums';
import { supportEligibility, supportSettingOf, type SupportSetting } from '../../../shared/support';
import type { SupportRequestView } from '../../../shared/api/support';
import type { MeetingRow } from '../../db/repositories/meetings';
import type { SupportRow } from '../../db/repositories/support';
import { meetingInputOf } from '../meetingView';

export function supportSettingOfRow(meeting: MeetingRow): SupportSetting {
  return supportSettingOf(meetingInputOf(meeting));
}

export type Decision = SupportRequestView['decision']['travel'];

export const asDecision = (value: string): Decision =>
  value === 'approved' || value === 'declined' ? value : 'pending';

/** The request as its participant sees it, answered against the meeting's current policy. */
export function toSupportView(
  row: SupportRow,
  setting: SupportSetting,
  locale: Locale,
): SupportRequestView {
  const answer = supportEligibility(setting, row.departure_province_code, locale);
  return {
    registrationId: row.registration_id,
    travel: row.travel === 1,
    lodging: row.lodging === 1,
    departureProvinceCode: row.departure_province_code,
    nights: row.nights,
    note: row.note,
    distanceKm: answer.distanceKm,
    eligibility: { travel: answer.travel, lodging: answer.lodging },
    status: row.travel === 1 || row.lodging === 1 ? 'requested' : 'withdrawn',
    decision: {
      travel: asDecision(row.travel_decision),
      lodging: asDecision(row.lodging_decision),
    },
    requestedAt: row.requested_at,
    updatedAt: row.updated_at,
  };
}
