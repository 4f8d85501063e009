// Ticket hashes for the roster and for matching scanned tokens. The registration's stored
// `ticket_hash` is used when present; a row stored before tickets existed gets it computed
// from its id (the token is derived, so the hash is too) and remembered by this process.
import { derivedToken, serverSecret } from '../../auth/secret';
import { sha256Hex } from '../../auth/tokens';
import type { Db } from '../../db/database';
import type { Deps } from '../../deps';

const computed = new WeakMap<Db, Map<string, string>>();
const MAX_REMEMBERED = 100_000;

/** What the roster carries and check-in compares: lowercase hex SHA-256 of the token's UTF-8. */
export function ticketHashOfToken(token: string): string {
  return sha256Hex(token);
}

/**
 * Loads the server secret if it is not yet: call before a transaction, because on SQLite a
 * query outside the transaction would wait for the transaction's own connection.
 */
export async function prepareTicketHashes(deps: Deps): Promise<void> {
  await serverSecret(deps);
}

export async function ticketHashOf(
  deps: Deps,
  row: { id: string; ticket_hash: string | null },
): Promise<string> {
  if (row.ticket_hash) return row.ticket_hash;
  let cache = computed.get(deps.db);
  if (!cache) {
    cache = new Map();
    computed.set(deps.db, cache);
  }
  const known = cache.get(row.id);
  if (known) return known;
  const hash = sha256Hex(await derivedToken(deps, 'ticket', row.id));
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  cache.set(row.id, hash);
  return hash;
}

/** The same rows, each with its ticket hash filled in. */
export async function withTicketHashes<T extends { id: string; ticket_hash: string | null }>(
  deps: Deps,
  rows: T[],
): Promise<Array<T & { ticket_hash: string }>> {
  await prepareTicketHashes(deps);
  const out: Array<T & { ticket_hash: string }> = [];
  for (const row of rows) out.push({ ...row, ticket_hash: await ticketHashOf(deps, row) });
  return out;
}
