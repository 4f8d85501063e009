// Test doubles for the write queue: an in-memory store and a scripted fetch (no IndexedDB needed).
import type { QueuedWrite } from '../../../client/store/types';
import type { WriteQueueAccess } from '../../../client/sync/replayPass';

type MemoryWriteQueue = WriteQueueAccess & {
  get(id: string): QueuedWrite | undefined;
  add(entry: QueuedWrite): void;
  remove(id: string): void;
};

export function memoryWriteQueue(entries: QueuedWrite[]): MemoryWriteQueue {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    async list() {
      return [...byId.values()].sort((a, b) => a.seq - b.seq);
    },
    async update(id, change) {
      const current = byId.get(id);
      if (!current) return undefined;
      const next = change(current);
      if (next) byId.set(id, next);
      else byId.delete(id);
      return next ?? undefined;
    },
    get: (id) => byId.get(id),
    add: (entry) => void byId.set(entry.id, entry),
    remove: (id) => void byId.delete(id),
  };
}

let seq = 0;
export function queued(id: string, over: Partial<QueuedWrite> = {}): QueuedWrite {
  return {
    id,
    seq: ++seq,
    kind: 'registration',
    method: 'POST',
    url: `/api/meetings/tanger/registrations`,
    body: { id },
    createdAt: 0,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
    ...over,
  };
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'offline';

/** A fetch answering each call with the next scripted reply, recording what was sent. */
export function scriptedFetch(replies: Reply[]) {
  const calls: Array<{ url: string; body: unknown }> = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    calls.push({ url, body: JSON.parse(String(init.body)) });
    const reply = replies.shift() ?? { status: 201, body: {} };
    if (reply === 'offline') throw new TypeError('Failed to fetch');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/problem+json', ...reply.headers },
    });
  };
  return { fetch, calls };
}
