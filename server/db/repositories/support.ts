// Support requests, read alone (the participant's) or with their registrations (the lists).
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Locale, RegistrationStatus } from '../../../shared/enums';
import type { Database, SupportRequestsTable } from '../schema';

export type SupportRow = Selectable<SupportRequestsTable>;
export type NewSupportRow = Insertable<SupportRequestsTable>;

/** A request with what the lists show of its registration. */
export interface SupportListRow extends SupportRow {
  full_name: string;
  organization: string | null;
  province_code: string;
  accessibility: string;
  status: RegistrationStatus;
  email: string | null;
  phone: string | null;
  locale: Locale;
  registration_seq: number;
}

export function findSupportRequest(
  db: Kysely<Database>,
  registrationId: string,
): Promise<SupportRow | undefined> {
  return db
    .selectFrom('support_requests')
    .selectAll()
    .where('registration_id', '=', registrationId)
    .executeTakeFirst();
}

/** Inserts the request, or replaces the one this registration already made. */
export async function saveSupportRequest(db: Kysely<Database>, row: NewSupportRow): Promise<void> {
  const { registration_id: _id, meeting_id: _meeting, requested_at: _first, ...changes } = row;
  await db
    .insertInto('support_requests')
    .values(row)
    .onConflict((oc) => oc.column('registration_id').doUpdateSet(changes))
    .execute();
}

function joined(db: Kysely<Database>, meetingId: string) {
  return db
    .selectFrom('support_requests as s')
    .innerJoin('registrations as r', 'r.id', 's.registration_id')
    .selectAll('s')
    .select([
      'r.full_name',
      'r.organization',
      'r.province_code',
      'r.accessibility',
      'r.status',
      'r.email',
      'r.phone',
      'r.locale',
      'r.seq as registration_seq',
    ])
    .where('s.meeting_id', '=', meetingId);
}

/** Every request of the meeting, in registration order. */
export async function listSupportRows(
  db: Kysely<Database>,
  meetingId: string,
): Promise<SupportListRow[]> {
  const rows = await joined(db, meetingId).orderBy('r.seq', 'asc').execute();
  // PostgreSQL returns bigint identities as strings.
  return rows.map((r) => ({ ...r, registration_seq: Number(r.registration_seq) }));
}

/**
 * Records the committee's decisions on one request, only if they are still the ones read
 * (a compare-and-set); true if they were changed.
 */
export async function updateSupportDecisions(
  db: Kysely<Database>,
  registrationId: string,
  from: Pick<SupportRow, 'travel_decision' | 'lodging_decision'>,
  changes: Pick<SupportRow, 'travel_decision' | 'lodging_decision' | 'decided_at' | 'decided_by'>,
): Promise<boolean> {
  const result = await db
    .updateTable('support_requests')
    .set(changes)
    .where('registration_id', '=', registrationId)
    .where('travel_decision', '=', from.travel_decision)
    .where('lodging_decision', '=', from.lodging_decision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Live registrations per home province (cancelled ones are gone from the picture). */
export async function registrantsByProvince(
  db: Kysely<Database>,
  meetingId: string,
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('registrations')
    .select(['province_code', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('meeting_id', '=', meetingId)
    .where('status', '<>', 'cancelled')
    .groupBy('province_code')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.province_code, Number(r.n)]));
}

export function findMeetingById(db: Kysely<Database>, meetingId: string) {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
}
