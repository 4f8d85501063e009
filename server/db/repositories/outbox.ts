// The e-mail outbox: rows queued with the change that causes them, claimed and settled by the
// worker. Ids are bigint on PostgreSQL (pg hands them back as strings), hence Number() below.
import { type ExpressionBuilder, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Dialect } from '../migrations/columns';
import type { Database, OutboxTable } from '../schema';

export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Insertable<OutboxTable>;

/** Inserts unless the dedupe key is already there; true if a row was added. */
export async function insertOutboxRow(db: Kysely<Database>, row: NewOutboxRow): Promise<boolean> {
  const added = await db
    .insertInto('outbox')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  return added.length > 0;
}

/** A claim on rows: who holds them (the token) and until when, unless renewed. */
export interface Lease {
  token: string;
  until: string;
}

/** Queued and due, or in flight past its lease (its worker died or lost the row). */
const isDue = (nowIso: string) => (eb: ExpressionBuilder<Database, 'outbox'>) =>
  eb.or([
    eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', nowIso)]),
    eb.and([eb('status', '=', 'sending'), eb('lease_until', '<=', nowIso)]),
  ]);

/** A queued message that must not go out (a cap reached): kept, with the reason. */
export async function skipQueuedRow(
  db: Kysely<Database>,
  dedupeKey: string,
  reason: string,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'skipped', last_error: reason })
    .where('dedupe_key', '=', dedupeKey)
    .where('status', '=', 'queued')
    .execute();
}

/**
 * Claims up to `limit` due rows (queued and due, or in flight past their lease) in one
 * statement: they become `sending` under the caller's lease token, and the attempt is counted.
 * On PostgreSQL SKIP LOCKED lets concurrent workers take disjoint rows; SQLite has a single
 * writer. A row taken over from a lapsed lease gets the new token, which fences the old holder.
 */
export async function claimDueRows(
  db: Kysely<Database>,
  dialect: Dialect,
  opts: { nowIso: string; lease: Lease; limit: number },
): Promise<OutboxRow[]> {
  let due = db
    .selectFrom('outbox')
    .select('id')
    .where(isDue(opts.nowIso))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(opts.limit);
  if (dialect === 'postgres') due = due.forUpdate().skipLocked();
  const rows = await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'sending',
      lease_until: opts.lease.until,
      lease_token: opts.lease.token,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) })).sort((a, b) => a.id - b.id);
}

/**
 * Extends the lease on the rows still held under `token` (a send in flight); returns how many.
 * A row taken over by another worker is not extended: its token changed.
 */
export async function renewLease(
  db: Kysely<Database>,
  token: string,
  until: string,
): Promise<number> {
  const result = await db
    .updateTable('outbox')
    .set({ lease_until: until })
    .where('lease_token', '=', token)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The row is settled only if the claim still holds: true if it did. */
export async function markSent(
  db: Kysely<Database>,
  claim: { id: number; token: string },
  sent: { sentAt: string; messageId: string; to: string },
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({
      status: 'sent',
      sent_at: sent.sentAt,
      message_id: sent.messageId,
      to_address: sent.to,
      lease_until: null,
      lease_token: null,
      last_error: null,
    })
    .where('id', '=', claim.id)
    .where('status', '=', 'sending')
    .where('lease_token', '=', claim.token)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Settles a claimed row that was not sent: back to `queued` for a later attempt, or `failed` /
 * `skipped` for good. Only while our claim holds: a worker that lost its lease no longer owns
 * the row, and whatever the new holder records stands. True if it was settled.
 */
export async function markUnsent(
  db: Kysely<Database>,
  claim: { id: number; token: string },
  outcome: {
    status: 'queued' | 'failed' | 'skipped';
    nextAttemptAt?: string;
    error: string | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({
      status: outcome.status,
      lease_until: null,
      lease_token: null,
      last_error: outcome.error,
      ...(outcome.nextAttemptAt ? { next_attempt_at: outcome.nextAttemptAt } : {}),
    })
    .where('id', '=', claim.id)
    .where('status', '=', 'sending')
    .where('lease_token', '=', claim.token)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listOutboxRows(
  db: Kysely<Database>,
  meetingId: string,
): Promise<OutboxRow[]> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('status', '<>', 'skipped')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export async function findOutboxRow(
  db: Kysely<Database>,
  meetingId: string,
  id: number,
): Promise<OutboxRow | undefined> {
  const row = await db
    .selectFrom('outbox')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...row, id: Number(row.id) };
}

/** A failed row goes back to the queue, due now; true if it was failed. */
export async function requeueFailed(
  db: Kysely<Database>,
  id: number,
  nowIso: string,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'queued', next_attempt_at: nowIso, lease_until: null, lease_token: null })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The registrations and meetings a batch of rows is about, to render them in one go. */
export async function subjectsOf(db: Kysely<Database>, rows: OutboxRow[]) {
  const registrationIds = [
    ...new Set(rows.map((r) => r.registration_id).filter((id): id is string => id !== null)),
  ];
  const meetingIds = [...new Set(rows.map((r) => r.meeting_id))];
  const [registrations, meetings] = await Promise.all([
    registrationIds.length
      ? db.selectFrom('registrations').selectAll().where('id', 'in', registrationIds).execute()
      : [],
    meetingIds.length
      ? db.selectFrom('meetings').selectAll().where('id', 'in', meetingIds).execute()
      : [],
  ]);
  return {
    registrations: new Map(registrations.map((r) => [r.id, r])),
    meetings: new Map(meetings.map((m) => [m.id, m])),
  };
}
