// QR tickets: the token is derived from the registration id (so it is never stored and can be
// re-rendered for any e-mail), and only its hash is kept, for check-in to validate offline.
import type { Deps } from '../deps';
import { derivedToken, serverSecret } from './secret';
import { sha256Hex } from './tokens';

export function ticketToken(deps: Deps, registrationId: string): Promise<string> {
  return derivedToken(deps, 'ticket', registrationId);
}

/** What the roster carries and check-in compares: lowercase hex SHA-256 of the token's UTF-8. */
export function ticketHashOf(token: string): string {
  return sha256Hex(token);
}

export async function ticketHashFor(deps: Deps, registrationId: string): Promise<string> {
  return ticketHashOf(await ticketToken(deps, registrationId));
}

/**
 * Fills the hash of registrations stored before tickets existed. Runs at start-up, outside any
 * transaction: deriving needs the server secret, which may have to be read from the database.
 */
export async function backfillTicketHashes(deps: Deps): Promise<number> {
  await serverSecret(deps);
  const db = deps.db.kysely;
  let filled = 0;
  for (;;) {
    const rows = await db
      .selectFrom('registrations')
      .select('id')
      .where('ticket_hash', 'is', null)
      .limit(500)
      .execute();
    if (rows.length === 0) return filled;
    for (const row of rows) {
      await db
        .updateTable('registrations')
        .set({ ticket_hash: await ticketHashFor(deps, row.id) })
        .where('id', '=', row.id)
        .where('ticket_hash', 'is', null)
        .execute();
    }
    filled += rows.length;
  }
}
