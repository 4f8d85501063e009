// Check-in: the events desks post, the people they name, the roster and the counts. Every
// read is one set-based query, so a batch of 1,000 events or a roster of 5,000 costs a handful.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../migrations/columns';
import type { DeskDevice } from '../../../shared/api/checkins';
import type { CheckinOutcome } from '../../../shared/schemas/checkin';
import type { CheckinEventsTable, Database } from '../schema';

export type CheckinEventRow = CheckinEventsTable;

/** Who an event may name: enough to decide its outcome, nothing about how to reach them. */
export interface CheckinPersonRow {
  id: string;
  status: string;
  checked_in_at: string | null;
  ticket_hash: string | null;
  ticket_code_hash: string | null;
}

const ROWS_PER_INSERT = 500;

function chunked<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function findEvents(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('checkin_events')
    .select(['id', 'registration_id', 'outcome', 'request_hash'])
    .where('id', 'in', ids)
    .execute();
}

/**
 * The meeting's registrations named by id, by ticket hash or by ticket code hash. On PostgreSQL their rows stay
 * locked until the batch commits, so two desks' batches for one person run one after the other
 * (in id order, which keeps two batches from deadlocking); SQLite has a single writer anyway.
 */
export function findPeople(
  db: Kysely<Database>,
  dialect: Dialect,
  meetingId: string,
  by: { ids: string[]; hashes: string[]; codeHashes: string[]; unhashed?: boolean },
): Promise<CheckinPersonRow[]> {
  if (by.ids.length === 0 && by.hashes.length === 0 && by.codeHashes.length === 0 && !by.unhashed)
    return Promise.resolve([]);
  let q = db
    .selectFrom('registrations')
    .select(['id', 'status', 'checked_in_at', 'ticket_hash', 'ticket_code_hash'])
    .where('meeting_id', '=', meetingId)
    .where((eb) =>
      eb.or([
        ...(by.ids.length > 0 ? [eb('id', 'in', by.ids)] : []),
        ...(by.hashes.length > 0 ? [eb('ticket_hash', 'in', by.hashes)] : []),
        ...(by.codeHashes.length > 0 ? [eb('ticket_code_hash', 'in', by.codeHashes)] : []),
        ...(by.unhashed
          ? [eb.and([eb('ticket_hash', 'is', null), eb('erased_at', 'is', null)])]
          : []),
      ]),
    )
    .orderBy('id');
  if (dialect === 'postgres') q = q.forUpdate();
  return q.execute();
}

export async function insertEvents(db: Kysely<Database>, rows: CheckinEventRow[]): Promise<void> {
  for (const part of chunked(rows, ROWS_PER_INSERT))
    await db.insertInto('checkin_events').values(part).execute();
}

/** Sets each person's arrival time in one UPDATE per 500 people. */
export async function recordArrivals(
  db: Kysely<Database>,
  arrivals: Map<string, string>,
  nowIso: string,
): Promise<void> {
  for (const part of chunked([...arrivals], ROWS_PER_INSERT)) {
    const cases = sql.join(
      part.map(([id, at]) => sql`when ${id} then ${at}`),
      sql` `,
    );
    await db
      .updateTable('registrations')
      .set({ checked_in_at: sql<string>`case id ${cases} end`, updated_at: nowIso })
      .where(
        'id',
        'in',
        part.map(([id]) => id),
      )
      .execute();
  }
}

/** The audit list: every event of the meeting, newest scan first, with the name it matched. */
export function listEvents(db: Kysely<Database>, meetingId: string) {
  return db
    .selectFrom('checkin_events as e')
    .leftJoin('registrations as r', 'r.id', 'e.registration_id')
    .select([
      'e.id',
      'e.registration_id',
      'e.device_id',
      'e.method',
      'e.at',
      'e.outcome',
      'e.received_at',
      'r.full_name',
    ])
    .where('e.meeting_id', '=', meetingId)
    .orderBy('e.at', 'desc')
    .orderBy('e.received_at', 'desc')
    .orderBy('e.id')
    .execute();
}

export type RosterRow = Awaited<ReturnType<typeof rosterRows>>[number];

/** Accepted registrations, or with `changedSince` every registration changed since then. */
export function rosterRows(db: Kysely<Database>, meetingId: string, changedSince?: string) {
  let q = db
    .selectFrom('registrations')
    .select([
      'id',
      'full_name',
      'organization',
      'status',
      'workshop_id',
      'checked_in_at',
      'ticket_hash',
      'ticket_code_hash',
    ])
    .where('meeting_id', '=', meetingId);
  q = changedSince ? q.where('updated_at', '>=', changedSince) : q.where('status', '=', 'accepted');
  return q.orderBy('seq').execute();
}

export function findRosterRow(db: Kysely<Database>, meetingId: string, id: string) {
  return db
    .selectFrom('registrations')
    .select([
      'id',
      'full_name',
      'organization',
      'status',
      'workshop_id',
      'checked_in_at',
      'ticket_hash',
      'ticket_code_hash',
    ])
    .where('meeting_id', '=', meetingId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Moves an accepted registration from one workshop group to another, only if it is still
 * accepted and still in `from` (a compare-and-set); true if it moved.
 */
export async function moveWorkshop(
  db: Kysely<Database>,
  id: string,
  move: { from: string | null; to: string | null },
  nowIso: string,
): Promise<boolean> {
  const result = await db
    .updateTable('registrations')
    .set({ workshop_id: move.to, updated_at: nowIso })
    .where('id', '=', id)
    .where('status', '=', 'accepted')
    .where('workshop_id', move.from === null ? 'is' : '=', move.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Accepted and arrived people per workshop (null: none), optionally for one workshop. */
export async function workshopCounts(
  db: Kysely<Database>,
  meetingId: string,
  only?: { workshopId: string | null },
) {
  let q = db
    .selectFrom('registrations')
    .select((eb) => [
      'workshop_id',
      eb.fn.countAll<string | number>().as('expected'),
      eb.fn.count<string | number>('checked_in_at').as('arrived'),
    ])
    .where('meeting_id', '=', meetingId)
    .where('status', '=', 'accepted');
  if (only) q = q.where('workshop_id', only.workshopId === null ? 'is' : '=', only.workshopId);
  const rows = await q.groupBy('workshop_id').execute();
  return rows.map((r) => ({
    workshopId: r.workshop_id,
    expected: Number(r.expected),
    arrived: Number(r.arrived),
  }));
}

/** People each desk checked in (first events only: repeats are not arrivals). */
const ARRIVED: CheckinOutcome[] = ['checked-in', 'already-checked-in'];

/**
 * Arrivals per desk, credited to the desk that scanned the person first (the scan their
 * arrival time comes from), not to whichever desk's batch reached the server first.
 */
export async function deviceCounts(db: Kysely<Database>, meetingId: string) {
  const rows = await db
    .selectFrom('checkin_events as e')
    .select((eb) => ['e.device_id', eb.fn.countAll<string | number>().as('n')])
    .where('e.meeting_id', '=', meetingId)
    .where('e.outcome', 'in', ARRIVED)
    .where('e.registration_id', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('checkin_events as o')
            .select('o.id')
            .whereRef('o.meeting_id', '=', 'e.meeting_id')
            .whereRef('o.registration_id', '=', 'e.registration_id')
            .where('o.outcome', 'in', ARRIVED)
            // Earlier scan first; at the same instant, the event that checked them in, then id.
            .where((eb) =>
              eb.or([
                eb('o.at', '<', eb.ref('e.at')),
                eb.and([
                  eb('o.at', '=', eb.ref('e.at')),
                  eb('o.outcome', '=', 'checked-in'),
                  eb('e.outcome', '!=', 'checked-in'),
                ]),
                eb.and([
                  eb('o.at', '=', eb.ref('e.at')),
                  eb('o.outcome', '=', eb.ref('e.outcome')),
                  eb('o.id', '<', eb.ref('e.id')),
                ]),
              ]),
            ),
        ),
      ),
    )
    .groupBy('e.device_id')
    .execute();
  return rows.map((r) => ({ deviceId: r.device_id, count: Number(r.n) }));
}

/** Each desk of a meeting: its latest scan the server holds, when it last sent, how many. */
export async function deskDevices(
  db: Kysely<Database>,
  meetingId: string,
  staffId: string,
): Promise<DeskDevice[]> {
  const rows = await db
    .selectFrom('checkin_events')
    .select((eb) => [
      'device_id',
      eb.fn.max('at').as('last_at'),
      eb.fn.max('received_at').as('last_received_at'),
      eb.fn.countAll<string | number>().as('n'),
      eb.fn
        .sum<string | number>(eb.case().when('staff_id', '=', staffId).then(1).else(0).end())
        .as('mine'),
    ])
    .where('meeting_id', '=', meetingId)
    .groupBy('device_id')
    .execute();
  return rows.map((r) => ({
    deviceId: r.device_id,
    lastEventAt: String(r.last_at),
    lastReceivedAt: String(r.last_received_at),
    events: Number(r.n),
    mine: Number(r.mine) > 0,
  }));
}
