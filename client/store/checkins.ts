// The `checkins` store: every check-in event recorded at this desk, with the server's answer
// once it has been synced (the write queue carries the events themselves).
import { getDb } from './db';
import type { LocalCheckin } from './types';

export async function addCheckin(checkin: LocalCheckin): Promise<void> {
  const db = await getDb();
  await db.put('checkins', checkin);
}

export async function checkinsOf(meetingSlug: string): Promise<LocalCheckin[]> {
  const db = await getDb();
  return db.getAllFromIndex('checkins', 'meetingSlug', meetingSlug);
}

/**
 * Stores the server's answers to events (one transaction per batch). Returns how many events
 * changed: a batch answered before (another tab, an earlier pass) changes nothing.
 */
export async function recordAnswers(
  answers: ReadonlyArray<{ id: string; server: NonNullable<LocalCheckin['server']> }>,
): Promise<number> {
  const db = await getDb();
  const tx = db.transaction('checkins', 'readwrite');
  let changed = 0;
  for (const { id, server } of answers) {
    const current = await tx.store.get(id);
    if (!current || sameAnswer(current.server, server)) continue;
    await tx.store.put({ ...current, server });
    changed++;
  }
  await tx.done;
  return changed;
}

function sameAnswer(a: LocalCheckin['server'], b: NonNullable<LocalCheckin['server']>): boolean {
  return (
    a !== undefined &&
    a.outcome === b.outcome &&
    a.registrationId === b.registrationId &&
    a.checkedInAt === b.checkedInAt
  );
}
