// The committee's two lists (travel, lodging), ranked against the meeting's current policy.
import type { SupportOverview } from '../../../shared/api/support';
import type { Locale } from '../../../shared/enums';
import type { SupportList, SupportListItem } from '../../../shared/api/support';
import { supportEligibility, type SupportEligibility } from '../../../shared/support';
import type { MeetingRow } from '../../db/repositories/meetings';
import {
  listSupportRows,
  registrantsByProvince,
  type SupportListRow,
} from '../../db/repositories/support';
import type { Deps } from '../../deps';
import { rankList, summarize } from './ranking';
import { asDecision, supportSettingOfRow } from './setting';

export interface SupportLists {
  travel: SupportListItem[];
  lodging: SupportListItem[];
}

function hasPriority(row: SupportListRow): boolean {
  try {
    return (JSON.parse(row.accessibility) as unknown[]).length > 0;
  } catch {
    return false;
  }
}

function itemOf(row: SupportListRow, answer: SupportEligibility, list: SupportList) {
  return {
    registrationId: row.registration_id,
    fullName: row.full_name,
    organization: row.organization,
    provinceCode: row.departure_province_code,
    distanceKm: answer.distanceKm,
    eligible: answer[list].eligible,
    reason: answer[list].reason,
    decision: asDecision(list === 'travel' ? row.travel_decision : row.lodging_decision),
    priority: hasPriority(row),
    nights: list === 'lodging' ? row.nights : null,
    registrationStatus: row.status,
    note: row.note,
    requestedAt: row.requested_at,
    registrationSeq: row.registration_seq,
  };
}

/** Both lists and their counts. Cancelled registrations drop out of the lists. */
export async function supportLists(
  deps: Deps,
  meeting: MeetingRow,
  locale: Locale,
): Promise<SupportOverview> {
  const setting = supportSettingOfRow(meeting);
  const policy = setting.policy;
  const rows = (await listSupportRows(deps.db.kysely, meeting.id)).filter(
    (r) => r.status !== 'cancelled',
  );
  const answers = new Map(
    rows.map((r) => [
      r.registration_id,
      supportEligibility(setting, r.departure_province_code, locale),
    ]),
  );
  const usePriority = policy?.priorityAccessibility ?? false;

  const build = (list: SupportList, budget: number | null) => {
    const asked = rows.filter((r) => (list === 'travel' ? r.travel : r.lodging) === 1);
    const items = asked.map((r) =>
      itemOf(r, answers.get(r.registration_id) as SupportEligibility, list),
    );
    const ranked = rankList(items, budget, usePriority).map(
      ({ registrationSeq: _seq, ...item }) => item,
    );
    return { ranked, summary: summarize(items, budget) };
  };
  const travel = build('travel', policy?.travel.seats ?? null);
  const lodging = build('lodging', policy?.lodging.rooms ?? null);
  return {
    travel: travel.ranked,
    lodging: lodging.ranked,
    summary: {
      travel: travel.summary,
      lodging: lodging.summary,
      registrantsByProvince: await registrantsByProvince(deps.db.kysely, meeting.id),
    },
  };
}
