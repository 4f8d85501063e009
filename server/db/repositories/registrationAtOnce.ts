// PostgreSQL: a new registration in one statement, committed on its own (one round trip). The
// seat's compare-and-set, the row, its outbox rows and their per-address counters are written
// together or not at all; the meeting row stays locked only while the statement ends and
// commits, with no round trip to the application in between (it caps a meeting's sign-ups).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { noteMeetingChange } from '../meetingChanges';
import type { Database } from '../schema';
import type { NewRegistrationRow } from './registrations';
import { takeSeatStatement } from './seatTaking';

/** The status it takes: `accepted` with a seat if `takeSeat` and one is left, else `fallback`. */
export interface SeatChoice {
  takeSeat: boolean;
  /** Without a seat: `waitlisted`, `pending`, or null (refused: nothing is written). */
  fallback: 'waitlisted' | 'pending' | null;
}

/** One message to queue if the registration ends in `status` (queueMail's row and its cap). */
export interface MailIfStatus {
  status: string;
  kind: string;
  channel: string;
  to: string;
  dedupeKey: string;
  counterKey: string;
  counterResetsAt: string;
  limit: number;
  /** last_error of a row past its cap (kept as skipped, never sent). */
  skipReason: string;
}

export type RegistrationFields = Omit<NewRegistrationRow, 'status' | 'first_status'>;

const INTEGER_COLUMNS = new Set(['photo_consent']);

function valueOf(column: string, value: unknown): RawBuilder<unknown> {
  return INTEGER_COLUMNS.has(column) ? sql`${value}::integer` : sql`${value}::text`;
}

function mailRows(mails: MailIfStatus[]): RawBuilder<unknown> {
  if (mails.length === 0)
    return sql`select null::text, null::text, null::text, null::text, null::text, null::text, null::text, null::integer, null::text where false`;
  return sql`values ${sql.join(
    mails.map(
      (m) =>
        sql`(${m.status}::text, ${m.kind}::text, ${m.channel}::text, ${m.to}::text, ${m.dedupeKey}::text, ${m.counterKey}::text, ${m.counterResetsAt}::text, ${m.limit}::integer, ${m.skipReason}::text)`,
    ),
  )}`;
}

/**
 * The status written, or null when no seat was left and there is no fallback (nothing written).
 * A unique violation (the same id, e-mail or phone, or ticket code) aborts all of it.
 */
export async function insertRegistrationAtOnce(
  db: Kysely<Database>,
  row: RegistrationFields,
  seat: SeatChoice,
  mails: MailIfStatus[],
  nowIso: string,
): Promise<string | null> {
  const columns = Object.keys(row) as Array<keyof RegistrationFields>;
  const seatTaken = seat.takeSeat
    ? await takeSeatStatement(db, row.meeting_id)
    : sql`select 'accepted'::text as status where false`;
  noteMeetingChange();
  const { rows } = await sql<{ status: string | null }>`
    with seat as (${seatTaken}),
    chosen as (select coalesce((select status from seat), ${seat.fallback}::text) as status),
    reg as (
      insert into registrations (${sql.join(columns.map((c) => sql.ref(c)))}, status, first_status)
      select ${sql.join(columns.map((c) => valueOf(c, row[c])))}, chosen.status, chosen.status
      from chosen where chosen.status is not null
      returning status
    ),
    mail (status, kind, channel, to_address, dedupe_key, counter_key, resets_at, hit_limit, skip_reason)
      as (${mailRows(mails)}),
    due as (select mail.* from mail join reg on reg.status = mail.status),
    counted as (
      insert into rate_limits (key, hits, resets_at)
      select counter_key, 1, resets_at from due
      on conflict (key) do update set
        hits = case when rate_limits.resets_at <= ${nowIso}
          then excluded.hits else rate_limits.hits + excluded.hits end,
        resets_at = case when rate_limits.resets_at <= ${nowIso}
          then excluded.resets_at else rate_limits.resets_at end
      returning key, hits
    ),
    queued as (
      insert into outbox (meeting_id, registration_id, kind, channel, dedupe_key, to_address,
        locale, payload, next_attempt_at, created_at, status, last_error)
      select ${row.meeting_id}::text, ${row.id}::text, due.kind, due.channel, due.dedupe_key,
        due.to_address, ${row.locale}::text, null, ${nowIso}::text, ${nowIso}::text,
        case when counted.hits > due.hit_limit then 'skipped' else 'queued' end,
        case when counted.hits > due.hit_limit then due.skip_reason end
      from due join counted on counted.key = due.counter_key
      on conflict (dedupe_key) do nothing
      returning id
    )
    select (select status from reg) as status, (select count(*) from queued) as queued
  `.execute(db);
  // Before and after: an answer made in between may have read the old seats.
  noteMeetingChange();
  return rows[0]?.status ?? null;
}
