// The roster a desk downloads to its phone: accepted people with their ticket hash, for
// offline validation; no e-mail, phone or accessibility details (law 09-08: only what the
// desk needs). A background refresh may ask only for what changed since its last copy.
import type { Roster, RosterAttendee } from '../../../shared/api/checkins';
import type { MeetingRow } from '../../db/repositories/meetings';
import { rosterRows, type RosterRow } from '../../db/repositories/checkins';
import type { Deps } from '../../deps';
import { withTicketHashes } from './tickets';

/**
 * `since` is read with this much overlap: a write whose transaction began just before the
 * previous roster was generated, but committed after it, carries an earlier `updated_at`.
 * Repeated attendees are harmless, the desk upserts them by id.
 */
export const SINCE_OVERLAP_MS = 60_000;

export function toAttendee(row: RosterRow & { ticket_hash: string }): RosterAttendee {
  return {
    id: row.id,
    fullName: row.full_name,
    organization: row.organization,
    status: row.status,
    workshopId: row.workshop_id,
    checkedInAt: row.checked_in_at,
    ticketHash: row.ticket_hash,
    codeHash: row.ticket_code_hash,
  };
}

/**
 * The whole roster (accepted people), or with `since` every registration of the meeting
 * changed since then: an attendee whose status is no longer `accepted` is to be removed.
 */
export async function roster(deps: Deps, meeting: MeetingRow, since?: Date): Promise<Roster> {
  const generatedAt = deps.now().toISOString();
  const changedSince = since
    ? new Date(since.getTime() - SINCE_OVERLAP_MS).toISOString()
    : undefined;
  const rows = await withTicketHashes(
    deps,
    await rosterRows(deps.db.kysely, meeting.id, changedSince),
  );
  return {
    generatedAt,
    ...(since ? { since: since.toISOString() } : {}),
    attendees: rows.map(toAttendee),
  };
}
