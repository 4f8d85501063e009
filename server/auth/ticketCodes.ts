// Typeable ticket codes: derived from the registration id like the QR token (never stored,
// only their hash), unique within the meeting. Codes have 40 bits, so two people of a meeting
// may draw the same one (about once in a billion for 1,000 people): the later one then takes
// the next round of the derivation, and reading a code back finds the round whose hash matches.
import type { Kysely } from 'kysely';
import { formatTicketCode, ticketCodeFromBytes } from '../../shared/tickets/ticketCode';
import type { Database } from '../db/schema';
import type { Deps } from '../deps';
import { derivedToken } from './secret';
import { sha256Hex } from './tokens';

const MAX_ROUNDS = 8;

/** The code (canonical: upper case, no dash) of one round of the derivation. */
async function codeOfRound(deps: Deps, registrationId: string, round: number): Promise<string> {
  const token = await derivedToken(deps, 'ticket-code', `${registrationId}:${round}`);
  return ticketCodeFromBytes(Buffer.from(token, 'base64url'));
}

/** What the roster carries and the database keeps: lowercase hex SHA-256 of the canonical code. */
export function ticketCodeHashOf(canonicalCode: string): string {
  return sha256Hex(canonicalCode);
}

/** The hash of one round's code (round 0 first: a registration's code unless it was taken). */
export async function ticketCodeHashOfRound(
  deps: Deps,
  registrationId: string,
  round: number,
): Promise<string> {
  return ticketCodeHashOf(await codeOfRound(deps, registrationId, round));
}

/**
 * The hash of a code no one else in the meeting holds, for a new registration. Call within
 * the transaction that inserts it; the unique index settles the improbable race.
 */
export async function newTicketCodeHash(
  db: Kysely<Database>,
  deps: Deps,
  meetingId: string,
  registrationId: string,
): Promise<string> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const hash = ticketCodeHashOf(await codeOfRound(deps, registrationId, round));
    const taken = await db
      .selectFrom('registrations')
      .select('id')
      .where('meeting_id', '=', meetingId)
      .where('ticket_code_hash', '=', hash)
      .where('id', '<>', registrationId)
      .executeTakeFirst();
    if (!taken) return hash;
  }
  throw new Error('no free ticket code for this registration');
}

/** The printed code (`XXXX-XXXX`) whose hash the registration holds, or null if none. */
export async function ticketCodeOf(
  deps: Deps,
  row: { id: string; ticket_code_hash: string | null },
): Promise<string | null> {
  if (!row.ticket_code_hash) return null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const code = await codeOfRound(deps, row.id, round);
    if (ticketCodeHashOf(code) === row.ticket_code_hash) return formatTicketCode(code);
  }
  return null;
}

/**
 * Gives a code to registrations stored before codes existed (erased ones keep none). Runs at
 * start-up, one registration at a time, so it never holds a long transaction.
 */
export async function backfillTicketCodes(deps: Deps): Promise<number> {
  const db = deps.db.kysely;
  let filled = 0;
  for (;;) {
    const rows = await db
      .selectFrom('registrations')
      .select(['id', 'meeting_id'])
      .where('ticket_code_hash', 'is', null)
      .where('erased_at', 'is', null)
      .limit(500)
      .execute();
    if (rows.length === 0) return filled;
    for (const row of rows) {
      const hash = await newTicketCodeHash(db, deps, row.meeting_id, row.id);
      await db
        .updateTable('registrations')
        .set({ ticket_code_hash: hash })
        .where('id', '=', row.id)
        .where('ticket_code_hash', 'is', null)
        .execute();
    }
    filled += rows.length;
  }
}
