// Erasing participants' personal data for good (law 09-08): what is left of a registration is
// an anonymous row that reports still count (gender, age band, role, province, needs, status,
// check-in), with no name, contact, free text or token that could lead back to the person.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { noteNamesChanged } from './registrationSearch';

/** Which registrations to erase: these ids, or every one of a meeting. */
export type ErasureScope = { ids: string[] } | { meetingId: string };

/** Stands in for the token and request hashes: matches no SHA-256, so no token opens the row. */
export const ERASED_MARK = 'erased';

/**
 * Erases the registrations in scope that are not erased yet, inside the caller's transaction;
 * returns how many. Each UPDATE is a compare-and-set on `erased_at is null`, so two erasures
 * at once count each person once.
 */
export async function erasePersonalData(
  trx: Kysely<Database>,
  scope: ErasureScope,
  nowIso: string,
): Promise<number> {
  if ('ids' in scope && scope.ids.length === 0) return 0;
  let q = trx
    .selectFrom('registrations')
    .select(['id', 'meeting_id'])
    .where('erased_at', 'is', null);
  q = 'ids' in scope ? q.where('id', 'in', scope.ids) : q.where('meeting_id', '=', scope.meetingId);
  const ids = await q.execute();
  if (ids.length === 0) return 0;
  const targets = ids.map((r) => r.id);
  let erased = 0;
  // Chunks keep each statement's parameter list within SQLite's and PostgreSQL's limits.
  for (let i = 0; i < targets.length; i += 500) {
    const chunk = targets.slice(i, i + 500);
    const result = await trx
      .updateTable('registrations')
      .set({
        full_name: '',
        search_name: '',
        name_keys: null,
        organization: null,
        email: null,
        phone: null,
        accessibility_note: null,
        manage_token_hash: ERASED_MARK,
        request_hash: ERASED_MARK,
        ticket_hash: null,
        ticket_code_hash: null,
        updated_at: nowIso,
        erased_at: nowIso,
      })
      .where('id', 'in', chunk)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    erased += Number(result.numUpdatedRows);
    await trx
      .updateTable('support_requests')
      .set({ note: null })
      .where('registration_id', 'in', chunk)
      .execute();
    await trx
      .updateTable('feedback')
      .set({ registration_id: null })
      .where('registration_id', 'in', chunk)
      .execute();
    // A message not sent yet never will be; one in flight loses its claim (the worker's
    // settle is fenced by status and lease), so it cannot write the address back.
    await trx
      .updateTable('outbox')
      .set({ status: 'skipped', lease_until: null, lease_token: null })
      .where('registration_id', 'in', chunk)
      .where('status', 'in', ['queued', 'sending'])
      .execute();
    await trx
      .updateTable('outbox')
      .set({ to_address: '', payload: null, last_error: null })
      .where('registration_id', 'in', chunk)
      .execute();
  }
  // Servers holding these names for search (registrationSearch) drop them at their next search.
  for (const meetingId of new Set(ids.map((r) => r.meeting_id)))
    await noteNamesChanged(trx, meetingId);
  return erased;
}

/** The sent outbox rows of the registrations in scope, to remove their local copies. */
export function sentCopiesOf(trx: Kysely<Database>, scope: ErasureScope) {
  if ('ids' in scope && scope.ids.length === 0) return Promise.resolve([]);
  let q = trx
    .selectFrom('outbox')
    .select(['id', 'kind', 'channel'])
    .where('status', '=', 'sent')
    .where('registration_id', 'is not', null);
  q =
    'ids' in scope
      ? q.where('registration_id', 'in', scope.ids)
      : q.where('meeting_id', '=', scope.meetingId);
  return q.execute();
}
