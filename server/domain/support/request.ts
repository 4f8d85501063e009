// A participant asks for travel and/or lodging support (or changes their request): answered at
// once with the shared eligibility rule. One request per registration; a new one replaces it.
import type { Locale } from '../../../shared/enums';
import type {
  SupportDecision,
  SupportRequestInput,
  SupportRequestView,
} from '../../../shared/api/support';
import { acceptedOnlyReason, supportRequestAllowed } from '../../../shared/support';
import type { RegistrationRow } from '../../db/repositories/registrations';
import {
  findMeetingById,
  findSupportRequest,
  saveSupportRequest,
  type SupportRow,
} from '../../db/repositories/support';
import { inWriteTransaction } from '../../db/writeBatch';
import type { Deps } from '../../deps';
import { DomainError } from '../../core/domainError';
import { supportSettingOfRow, toSupportView } from './setting';

/**
 * A decision stands while what it was about stands: a new departure province reopens both
 * lists, and a list no longer asked for loses its decision.
 */
function decisionsAfter(
  previous: SupportRow | undefined,
  next: { travel: boolean; lodging: boolean; departure: string },
) {
  const moved = previous !== undefined && previous.departure_province_code !== next.departure;
  const keep = (asked: boolean, decision: SupportDecision | undefined): SupportDecision =>
    asked && !moved && decision ? decision : 'pending';
  return {
    travel_decision: keep(next.travel, previous?.travel_decision),
    lodging_decision: keep(next.lodging, previous?.lodging_decision),
  };
}

export async function requestSupport(
  deps: Deps,
  registration: RegistrationRow,
  input: SupportRequestInput,
  locale: Locale,
): Promise<SupportRequestView> {
  const db = deps.db.kysely;
  const meeting = await findMeetingById(db, registration.meeting_id);
  const setting = supportSettingOfRow(meeting);
  const policy = setting.policy;
  if (policy && !supportRequestAllowed(policy, registration.status)) {
    throw new DomainError('conflict', { detail: acceptedOnlyReason(locale) });
  }
  const departure = input.departureProvinceCode ?? registration.province_code;
  const nowIso = deps.now().toISOString();
  const saved = await inWriteTransaction(deps.db, async (trx) => {
    const previous = await findSupportRequest(trx, registration.id);
    const row = {
      registration_id: registration.id,
      meeting_id: registration.meeting_id,
      travel: input.travel ? 1 : 0,
      lodging: input.lodging ? 1 : 0,
      departure_province_code: departure,
      nights: input.lodging ? (input.nights ?? policy?.lodging.nights ?? 1) : null,
      note: input.note || null,
      ...decisionsAfter(previous, { travel: input.travel, lodging: input.lodging, departure }),
      requested_at: previous?.requested_at ?? nowIso,
      updated_at: nowIso,
      decided_at: previous?.decided_at ?? null,
      decided_by: previous?.decided_by ?? null,
    };
    await saveSupportRequest(trx, row);
    return row;
  });
  return toSupportView(saved, setting, locale);
}

/** The participant's request as it stands, or null if they never asked. */
export async function supportOf(
  deps: Deps,
  registration: RegistrationRow,
  locale: Locale,
): Promise<SupportRequestView | null> {
  const row = await findSupportRequest(deps.db.kysely, registration.id);
  if (!row) return null;
  const meeting = await findMeetingById(deps.db.kysely, registration.meeting_id);
  return toSupportView(row, supportSettingOfRow(meeting), locale);
}
