// The write queue (IndexedDB store `outbox`, its name since the first version): writes waiting for the server, in the order they were made.
import { getDb, updateInStore } from './db';
import type { QueuedWrite } from './types';

/**
 * Adds an entry at the end of the queue. The seq is read and written in one transaction, so
 * two tabs enqueueing at once still get distinct, increasing positions. Adding an id that is
 * already queued returns the queued entry unchanged: a double tap must not send twice.
 */
export async function addEntry(entry: Omit<QueuedWrite, 'seq'>): Promise<QueuedWrite> {
  const db = await getDb();
  const tx = db.transaction('outbox', 'readwrite');
  const existing = await tx.store.get(entry.id);
  if (existing) {
    await tx.done;
    return existing;
  }
  const last = await tx.store.index('seq').openCursor(null, 'prev');
  const added: QueuedWrite = { ...entry, seq: (last?.value.seq ?? 0) + 1 };
  await tx.store.add(added);
  await tx.done;
  return added;
}

/** Every entry, oldest first. */
export async function allEntries(): Promise<QueuedWrite[]> {
  const db = await getDb();
  return db.getAllFromIndex('outbox', 'seq');
}

export async function getEntry(id: string): Promise<QueuedWrite | undefined> {
  const db = await getDb();
  return db.get('outbox', id);
}

/**
 * Reads and rewrites one entry in a single transaction; `change` returning null deletes it.
 * An entry deleted meanwhile (discarded in another tab) stays deleted: returns undefined.
 */
export function updateEntry(
  id: string,
  change: (entry: QueuedWrite) => QueuedWrite | null,
): Promise<QueuedWrite | undefined> {
  return updateInStore('outbox', id, change);
}

export async function deleteEntry(id: string): Promise<void> {
  const db = await getDb();
  await db.delete('outbox', id);
}

/** Forgets entries the server accepted before `before` (ms): their records live elsewhere. */
export async function pruneSent(before: number): Promise<number> {
  const db = await getDb();
  const tx = db.transaction('outbox', 'readwrite');
  let removed = 0;
  for await (const cursor of tx.store) {
    if (cursor.value.state === 'sent' && cursor.value.createdAt < before) {
      await cursor.delete();
      removed++;
    }
  }
  await tx.done;
  return removed;
}
