// Records a desk's batch of check-in events in one transaction: replays answer their original
// outcome, new events are matched (ticket hash or id), decided by the rules, stored, and each
// person's arrival becomes their earliest scan. A few set-based queries per batch, whatever
// its size (up to 1,000 events).
import type { Kysely } from 'kysely';
import type { Locale } from '../../../shared/enums';
import { ERROR_TITLES } from '../../../shared/i18n/errorMessages';
import type {
  CheckinBatch,
  CheckinMethod,
  CheckinOutcome,
  CheckinResult,
} from '../../../shared/api/checkins';
import { isUniqueViolation } from '../../db/errors';
import {
  findEvents,
  findPeople,
  insertEvents,
  recordArrivals,
  type CheckinPersonRow,
} from '../../db/repositories/checkins';
import type { MeetingRow } from '../../db/repositories/meetings';
import type { Database } from '../../db/schema';
import { inWriteTransaction } from '../../db/writeBatch';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { DomainError } from '../../core/domainError';
import { eventHash, planBatch, type BatchEvent, type Person, type StoredEvent } from './rules';
import { prepareTicketHashes, ticketHashOf, ticketHashOfToken } from './tickets';
import { ticketCodeHashOf } from '../../auth/ticketCodes';
import { normalizeTicketCode } from '../../../shared/tickets/ticketCode';

interface Incoming {
  id: string;
  hash: string;
  registrationId: string | null;
  tokenHash: string | null;
  codeHash: string | null;
  at: string;
  method: CheckinMethod;
}

/** What a typed code identifies: its hash, or one that matches nobody if it is no code. */
function codeHashOf(typed: string): string {
  const code = normalizeTicketCode(typed);
  return code ? ticketCodeHashOf(code) : 'not-a-code';
}

function incoming(meetingId: string, batch: CheckinBatch): Incoming[] {
  return batch.events.map((e) => {
    // A ticket (scanned, else typed), when given, is what identifies the person: an id beside
    // it is ignored.
    const codeHash = !e.token && e.code ? codeHashOf(e.code) : null;
    return {
      id: e.id,
      hash: eventHash(meetingId, e),
      registrationId: e.token || e.code ? null : (e.registrationId ?? null),
      tokenHash: e.token ? ticketHashOfToken(e.token) : null,
      codeHash,
      at: new Date(e.at).toISOString(),
      method: e.method,
    };
  });
}

export async function recordCheckins(
  deps: Deps,
  meeting: MeetingRow,
  batch: CheckinBatch,
  staff: StaffUser,
  locale: Locale,
): Promise<CheckinResult[]> {
  const events = incoming(meeting.id, batch);
  await prepareTicketHashes(deps);
  for (let attempt = 1; ; attempt++) {
    try {
      return await inWriteTransaction(deps.db, (trx) => {
        const nowIso = deps.now().toISOString();
        return recordIn(
          trx,
          { deps, meeting, deviceId: batch.deviceId, staff, locale, nowIso },
          events,
        );
      });
    } catch (err) {
      // Two requests carrying the same new event at once (PostgreSQL): the loser retries and
      // then finds the winner's event stored, and answers its outcome.
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
    }
  }
}

interface Context {
  deps: Deps;
  meeting: MeetingRow;
  deviceId: string;
  staff: StaffUser;
  locale: Locale;
  nowIso: string;
}

type Trx = Kysely<Database>;

async function recordIn(trx: Trx, ctx: Context, events: Incoming[]): Promise<CheckinResult[]> {
  const { deps, meeting } = ctx;
  const storedRows = await findEvents(trx, [...new Set(events.map((e) => e.id))]);
  const stored = new Map<string, StoredEvent>(
    storedRows.map((r) => [
      r.id,
      {
        hash: r.request_hash,
        outcome: r.outcome as CheckinOutcome,
        registrationId: r.registration_id,
      },
    ]),
  );
  const ids = new Set<string>();
  for (const e of events) if (e.registrationId) ids.add(e.registrationId);
  for (const r of storedRows) if (r.registration_id) ids.add(r.registration_id);
  const hashes = [...new Set(events.flatMap((e) => (e.tokenHash ? [e.tokenHash] : [])))];
  const codeHashes = [...new Set(events.flatMap((e) => (e.codeHash ? [e.codeHash] : [])))];
  const people = await findPeople(trx, deps.db.dialect, meeting.id, {
    ids: [...ids],
    hashes,
    codeHashes,
  });
  const byHash = new Map(
    people.flatMap((p) => (p.ticket_hash ? [[p.ticket_hash, p] as const] : [])),
  );
  const byCode = new Map(
    people.flatMap((p) => (p.ticket_code_hash ? [[p.ticket_code_hash, p] as const] : [])),
  );
  if (hashes.some((h) => !byHash.has(h))) await matchUnhashed(trx, ctx, people, byHash);

  const resolved: BatchEvent[] = events.map((e) => ({
    id: e.id,
    hash: e.hash,
    at: e.at,
    registrationId: e.tokenHash
      ? (byHash.get(e.tokenHash)?.id ?? null)
      : e.codeHash
        ? (byCode.get(e.codeHash)?.id ?? null)
        : e.registrationId,
  }));
  const byId = new Map<string, Person>(
    people.map((p) => [p.id, { status: p.status, checkedInAt: p.checked_in_at }]),
  );
  const plan = planBatch(resolved, stored, byId);
  if (plan.conflicts.length > 0) {
    const message = ERROR_TITLES['idempotency-conflict'][ctx.locale];
    throw new DomainError('idempotency-conflict', {
      errors: plan.conflicts.map((i) => ({ path: `events.${i}.id`, message })),
    });
  }

  const methodOf = new Map(events.map((e) => [e.id, e.method]));
  await insertEvents(
    trx,
    plan.fresh.map((e) => ({
      id: e.id,
      meeting_id: meeting.id,
      registration_id: e.registrationId,
      device_id: ctx.deviceId,
      method: methodOf.get(e.id) ?? 'qr',
      at: e.at,
      outcome: e.outcome,
      received_at: ctx.nowIso,
      staff_id: ctx.staff.id,
      request_hash: e.hash,
    })),
  );
  await recordArrivals(trx, plan.arrivals, ctx.nowIso);

  return plan.results.map((r) => {
    const arrived = r.registrationId
      ? (plan.arrivals.get(r.registrationId) ?? byId.get(r.registrationId)?.checkedInAt)
      : null;
    const accepted = r.outcome === 'checked-in' || r.outcome === 'already-checked-in';
    return {
      id: r.id,
      outcome: r.outcome,
      ...(r.registrationId ? { registrationId: r.registrationId } : {}),
      ...(accepted && arrived ? { checkedInAt: arrived } : {}),
    };
  });
}

/** Registrations stored before tickets had a hash column: compute theirs and match again. */
async function matchUnhashed(
  trx: Trx,
  ctx: Context,
  people: CheckinPersonRow[],
  byHash: Map<string, CheckinPersonRow>,
) {
  const legacy = await findPeople(trx, ctx.deps.db.dialect, ctx.meeting.id, {
    ids: [],
    hashes: [],
    codeHashes: [],
    unhashed: true,
  });
  for (const row of legacy) {
    const hash = await ticketHashOf(ctx.deps, row);
    if (byHash.has(hash)) continue;
    byHash.set(hash, row);
    if (!people.some((p) => p.id === row.id)) people.push(row);
  }
}
