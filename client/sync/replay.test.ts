// replayOutbox's guards: one pass at a time in a context, the Web Lock across contexts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxEntry } from '../store/types';
import { memoryOutbox, queued } from '../../tests/support/client/testOutbox';

const store = vi.hoisted(() => ({ current: null as ReturnType<typeof memoryOutbox> | null }));

vi.mock('../store/outbox', () => ({
  allEntries: () => store.current!.list(),
  updateEntry: (id: string, change: (e: OutboxEntry) => OutboxEntry | null) =>
    store.current!.update(id, change),
  pruneSent: async () => 0,
}));
vi.mock('./registrationOutcome', () => ({}));
vi.mock('./changes', () => ({ announceChange: () => undefined }));

const { replayOutbox, OutboxRetryLater } = await import('./replay');

let sentIds: string[];

beforeEach(() => {
  sentIds = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    sentIds.push((JSON.parse(String(init.body)) as { id: string }).id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return new Response(null, { status: 201 });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('replayOutbox', () => {
  it('never sends an entry twice when called many times at once', async () => {
    store.current = memoryOutbox([queued('a'), queued('b')]);
    await Promise.all([replayOutbox(), replayOutbox(), replayOutbox()]);
    expect(sentIds).toEqual(['a', 'b']);
  });

  it('runs a follow-up pass for an entry queued while a pass was sending', async () => {
    const outbox = memoryOutbox([queued('a')]);
    store.current = outbox;
    let second: Promise<void> | undefined;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sentIds.push((JSON.parse(String(init.body)) as { id: string }).id);
      if (!second) {
        outbox.add(queued('late')); // what enqueue() in another component does meanwhile
        second = replayOutbox();
      }
      return new Response(null, { status: 201 });
    });
    await replayOutbox();
    await second;
    expect(sentIds).toEqual(['a', 'late']);
  });

  it('holds the cross-tab lock while it sends', async () => {
    store.current = memoryOutbox([queued('a')]);
    const request = vi.fn((_name: string, work: () => Promise<unknown>) => work());
    vi.stubGlobal('navigator', { locks: { request } });
    await replayOutbox();
    expect(request).toHaveBeenCalledWith('liqa-outbox', expect.any(Function));
  });

  it('rejects while entries are left waiting, so Background Sync tries again', async () => {
    store.current = memoryOutbox([queued('a')]);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(replayOutbox()).rejects.toBeInstanceOf(OutboxRetryLater);
  });
});
