// The write queue's public operations: queue a write, read the queue, watch it, act on refusals.
import { addEntry, allEntries, deleteEntry, updateEntry } from '../store/writeQueue';
import type { QueuedWrite, WriteKind } from '../store/types';
import { announceChange, onChange } from './changes';
import { resetForRetry } from './transition';
import { newId } from './uuid';

export interface EnqueueInput {
  /** The record's client UUID; defaults to body.id, else a fresh one. */
  id?: string;
  kind: WriteKind;
  method: 'POST' | 'PATCH';
  url: string;
  body: unknown;
  headers?: Record<string, string>;
}

function bodyId(body: unknown): string | undefined {
  const id = body && typeof body === 'object' ? (body as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Queues a write and returns at once; the triggers send it as soon as they can. The entry id
 * is what the server dedupes replays by, so for a record created here it must equal body.id.
 */
export async function enqueue(input: EnqueueInput): Promise<QueuedWrite> {
  const fromBody = bodyId(input.body);
  const id = input.id ?? fromBody ?? newId();
  if (fromBody !== undefined && fromBody !== id) {
    throw new Error(`write queue: entry id ${id} differs from body.id ${fromBody}`);
  }
  const now = Date.now();
  const entry = await addEntry({
    id,
    kind: input.kind,
    method: input.method,
    url: input.url,
    body: input.body,
    headers: input.headers,
    createdAt: now,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: now,
  });
  announceChange('enqueued');
  return entry;
}

/** Every entry, oldest first (sent ones are kept for a week). */
export function listEntries(): Promise<QueuedWrite[]> {
  return allEntries();
}

/**
 * Calls `listener` with the whole queue now and after every change, in this tab or another
 * (or the service worker). Also fires when records fed by the write queue change (registrations).
 */
export function subscribe(listener: (entries: QueuedWrite[]) => void): () => void {
  let active = true;
  let reading = false;
  let again = false;
  const refresh = async () => {
    if (reading) {
      again = true; // changes arriving mid-read are folded into one more read
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        const entries = await allEntries();
        if (active) listener(entries);
      } while (again && active);
    } catch (error) {
      console.error('write queue: cannot read the queue', error);
    } finally {
      reading = false;
    }
  };
  const stop = onChange(() => void refresh());
  void refresh();
  return () => {
    active = false;
    stop();
  };
}

/** Puts a refused entry back in the queue (after the person fixed what the server refused). */
export async function retryRefused(id: string): Promise<void> {
  const updated = await updateEntry(id, (entry) =>
    entry.state === 'refused' ? resetForRetry(entry, Date.now()) : entry,
  );
  if (updated) announceChange('retry');
}

/** Drops an entry for good (a refusal the person read, or a write they no longer want). */
export async function discard(id: string): Promise<void> {
  await deleteEntry(id);
  announceChange('changed');
}
