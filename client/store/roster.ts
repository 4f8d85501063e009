// The `roster` store: each meeting's list of people as the check-in desk last downloaded it,
// with the desk's own pending changes (walk-ins, workshop moves). No contact details, ever.
import { getDb, updateInStore } from './db';
import type { RosterEntry } from './types';

export async function rosterOf(meetingSlug: string): Promise<RosterEntry[]> {
  const db = await getDb();
  return db.getAllFromIndex('roster', 'meetingSlug', meetingSlug);
}

/** These people as stored (those no longer there are left out), in one transaction. */
export async function rosterEntries(ids: readonly string[]): Promise<RosterEntry[]> {
  const db = await getDb();
  const tx = db.transaction('roster');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return found.filter((entry): entry is RosterEntry => entry !== undefined);
}

/**
 * Writes a refresh in one transaction: the changed people put, the ones gone removed. Puts are
 * not awaited one by one: IndexedDB queues them in order, and 5,000 awaits cost more than the
 * writes themselves.
 */
export async function writeRoster(
  put: readonly RosterEntry[],
  remove: readonly string[] = [],
): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('roster', 'readwrite');
  for (const id of remove) void tx.store.delete(id);
  for (const entry of put) void tx.store.put(entry);
  await tx.done;
}

/** Applies a change in one transaction; null deletes the entry; a missing entry stays missing. */
export function updateRosterEntry(
  id: string,
  change: (entry: RosterEntry) => RosterEntry | null,
): Promise<RosterEntry | undefined> {
  return updateInStore('roster', id, change);
}
