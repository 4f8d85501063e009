// Wakes this process's mail worker right after a commit that queued mail, so a confirmation
// leaves within milliseconds instead of at the next poll. Rows committed by another instance
// are found by that poll anyway: the signal is a shortcut, never the only path.
import type { Db } from '../db/database';

const listeners = new WeakMap<Db, Set<() => void>>();

export function onMailQueued(db: Db, listener: () => void): () => void {
  let set = listeners.get(db);
  if (!set) {
    set = new Set();
    listeners.set(db, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** Call after the transaction that queued mail has committed (before, the rows are invisible). */
export function mailQueued(db: Db): void {
  for (const listener of listeners.get(db) ?? []) listener();
}
