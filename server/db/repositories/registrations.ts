// Registrations and the seat counter on their meeting.
import { noteMeetingChange } from '../meetingChanges';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Dialect } from '../migrations/columns';
import type { RegistrationSource, RegistrationStatus } from '../../../shared/enums';
import type { Database, RegistrationsTable } from '../schema';

export type RegistrationRow = Selectable<RegistrationsTable>;
export type NewRegistrationRow = Insertable<RegistrationsTable>;

export function findRegistration(
  db: Kysely<Database>,
  id: string,
): Promise<RegistrationRow | undefined> {
  return db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findRegistrations(
  db: Kysely<Database>,
  meetingId: string,
  ids: string[],
): Promise<RegistrationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('registrations')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('id', 'in', ids)
    .execute();
}

export async function insertRegistration(
  db: Kysely<Database>,
  row: NewRegistrationRow,
): Promise<void> {
  await db.insertInto('registrations').values(row).execute();
}

/**
 * Which live registration of the meeting already uses this e-mail or phone, if any. One query
 * per contact so each is answered from its partial unique index, not a scan of the meeting.
 */
export async function findLiveDuplicate(
  db: Kysely<Database>,
  meetingId: string,
  email: string | null,
  phone: string | null,
  exceptId?: string,
): Promise<{ id: string } | undefined> {
  for (const [column, value] of [
    ['email', email],
    ['phone', phone],
  ] as const) {
    if (!value) continue;
    let q = db
      .selectFrom('registrations')
      .select('id')
      .where('meeting_id', '=', meetingId)
      .where(column, '=', value)
      .where('status', '<>', 'cancelled');
    if (exceptId) q = q.where('id', '<>', exceptId);
    const found = await q.executeTakeFirst();
    if (found) return found;
  }
  return undefined;
}

/**
 * The live registrations of a meeting (not cancelled, rejected or erased) that use this e-mail
 * (stored in lower case) or this phone (E.164), for "send my link again".
 */
export function findLiveByContact(
  db: Kysely<Database>,
  meetingId: string,
  email: string | null,
  phone: string | null,
): Promise<RegistrationRow[]> {
  if (!email && !phone) return Promise.resolve([]);
  return db
    .selectFrom('registrations')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('status', 'in', ['pending', 'accepted', 'waitlisted'])
    .where('erased_at', 'is', null)
    .where((eb) =>
      eb.or([
        ...(email ? [eb('email', '=', email.toLowerCase())] : []),
        ...(phone ? [eb('phone', '=', phone)] : []),
      ]),
    )
    .orderBy('seq')
    .execute();
}

/**
 * Takes `n` seats if they are there, in one conditional UPDATE: concurrent requests cannot both
 * see the last seat (the row is locked by the first writer until it commits).
 */
export async function takeSeats(
  db: Kysely<Database>,
  meetingId: string,
  n: number,
): Promise<boolean> {
  noteMeetingChange();
  const result = await db
    .updateTable('meetings')
    .set((eb) => ({ seats_taken: eb('seats_taken', '+', n) }))
    .where('id', '=', meetingId)
    .where((eb) => eb(eb('seats_taken', '+', n), '<=', eb.ref('capacity')))
    .executeTakeFirst();
  // Before and after: an answer made in between may have read the old seats.
  noteMeetingChange();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Gives `n` seats back. Only after the caller moved as many registrations out of `accepted`
 * (a compare-and-set), so the counter can never go below zero; if it would, the books are
 * already wrong and the transaction is refused rather than making them worse.
 */
export async function releaseSeats(
  db: Kysely<Database>,
  meetingId: string,
  n: number,
): Promise<void> {
  noteMeetingChange();
  const result = await db
    .updateTable('meetings')
    .set((eb) => ({ seats_taken: eb('seats_taken', '-', n) }))
    .where('id', '=', meetingId)
    .where('seats_taken', '>=', n)
    .executeTakeFirst();
  noteMeetingChange();
  if (Number(result.numUpdatedRows) !== 1)
    throw new Error(`seat counter of meeting ${meetingId} would go below zero`);
}

/**
 * Registrations read in order to change them. On PostgreSQL they stay locked until the
 * transaction ends (a concurrent copy of the same change waits, then reads the result); in id
 * order, so two transactions never wait for each other in a circle. SQLite has one writer.
 */
export function lockRegistrations(
  db: Kysely<Database>,
  dialect: Dialect,
  meetingId: string,
  ids: string[],
): Promise<RegistrationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const q = db
    .selectFrom('registrations')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('id', 'in', ids)
    .orderBy('id');
  return (dialect === 'postgres' ? q.forUpdate() : q).execute();
}

export function lockRegistration(
  db: Kysely<Database>,
  dialect: Dialect,
  id: string,
): Promise<RegistrationRow | undefined> {
  const q = db.selectFrom('registrations').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
}

/**
 * The oldest waitlisted registration, locked for promotion. SKIP LOCKED on PostgreSQL: one
 * another transaction is deciding on (or promoting) is passed over, never picked twice.
 */
export function claimFirstWaitlisted(
  db: Kysely<Database>,
  dialect: Dialect,
  meetingId: string,
): Promise<RegistrationRow | undefined> {
  const q = db
    .selectFrom('registrations')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('status', '=', 'waitlisted')
    .orderBy('seq', 'asc')
    .limit(1);
  return (dialect === 'postgres' ? q.forUpdate().skipLocked() : q).executeTakeFirst();
}

/** Moves a registration from one status to another, only if it is still in `from`. */
export async function moveStatus(
  db: Kysely<Database>,
  id: string,
  move: { from: RegistrationStatus; to: RegistrationStatus },
  nowIso: string,
): Promise<boolean> {
  const result = await db
    .updateTable('registrations')
    .set({ status: move.to, updated_at: nowIso })
    .where('id', '=', id)
    .where('status', '=', move.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Edits a live registration; false if it was cancelled meanwhile (nothing is changed). */
export async function updateLiveRegistration(
  db: Kysely<Database>,
  id: string,
  changes: Partial<NewRegistrationRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('registrations')
    .set(changes)
    .where('id', '=', id)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface RegistrationFilter {
  status?: RegistrationStatus;
  source?: RegistrationSource;
  workshopId?: string;
}

function filteredRegistrations(
  db: Kysely<Database>,
  meetingId: string,
  filter: RegistrationFilter,
) {
  let q = db.selectFrom('registrations').selectAll().where('meeting_id', '=', meetingId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.source) q = q.where('source', '=', filter.source);
  if (filter.workshopId) q = q.where('workshop_id', '=', filter.workshopId);
  return q;
}

export function listRegistrationRows(
  db: Kysely<Database>,
  meetingId: string,
  filter: RegistrationFilter,
): Promise<RegistrationRow[]> {
  return filteredRegistrations(db, meetingId, filter).orderBy('seq', 'asc').execute();
}

/**
 * The same rows, a page at a time (keyset on seq): an export of 10,000 never holds the event
 * loop for one long synchronous SQLite read, nor all the rows in memory at once.
 */
export async function* registrationRowPages(
  db: Kysely<Database>,
  meetingId: string,
  filter: RegistrationFilter,
  pageSize = 500,
): AsyncGenerator<RegistrationRow> {
  let after = -1;
  for (;;) {
    const page = await filteredRegistrations(db, meetingId, filter)
      .where('seq', '>', after)
      .orderBy('seq', 'asc')
      .limit(pageSize)
      .execute();
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.seq;
    // Let other requests run between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
