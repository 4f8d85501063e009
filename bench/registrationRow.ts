// One accepted participant as a database row, for the benchmarks that fill a meeting straight
// through the table (thousands of rows in a few INSERTs) instead of through the API.
import { randomUUID } from 'node:crypto';
import { foldForSearch } from '../shared/search/fold';
import type { NewRegistrationRow } from '../server/db/repositories/registrations';

/** An online, accepted, consenting participant in Arabic; `over` sets what the bench varies. */
export function registrationRow(
  meetingId: string,
  over: Partial<NewRegistrationRow> = {},
  now = new Date().toISOString(),
): NewRegistrationRow {
  const id = over.id ?? randomUUID();
  const fullName = over.full_name ?? 'مشارك تجريبي';
  return {
    id,
    meeting_id: meetingId,
    full_name: fullName,
    search_name: foldForSearch(fullName),
    gender: 'female',
    age_band: '30-40',
    role: 'association',
    organization: null,
    province_code: 'tetouan',
    email: `${id}@bench.ma`,
    phone: null,
    locale: 'ar',
    accessibility: '[]',
    accessibility_note: null,
    workshop_id: 'w1',
    consent_at: now,
    photo_consent: 0,
    source: 'online',
    invitation_code: null,
    status: 'accepted',
    first_status: 'accepted',
    request_hash: id,
    manage_token_hash: id,
    created_by: null,
    created_at: now,
    updated_at: now,
    checked_in_at: null,
    ticket_hash: null,
    ...over,
  };
}
