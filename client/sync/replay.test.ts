// replayQueue's guards: one pass at a time in a context, the Web Lock across contexts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueuedWrite } from '../store/types';
import { memoryWriteQueue, queued } from '../../tests/support/client/testWriteQueue';

const store = vi.hoisted(() => ({ current: null as ReturnType<typeof memoryWriteQueue> | null }));

vi.mock('../store/writeQueue', () => ({
  allEntries: () => store.current!.list(),
  updateEntry: (id: string, change: (e: QueuedWrite) => QueuedWrite | null) =>
    store.current!.update(id, change),
  pruneSent: async () => 0,
}));
vi.mock('./changes', () => ({ announceChange: () => undefined }));

const { replayQueue, QueueRetryLater } = await import('./replay');
const { setReactions } = await import('./reactions');

const answered: string[] = [];
setReactions({ registration: (write) => void answered.push(`${write.id}:${write.state}`) });

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

describe('replayQueue', () => {
  it("hands every answer to its kind's reaction", async () => {
    answered.length = 0;
    store.current = memoryWriteQueue([queued('a'), queued('b')]);
    await replayQueue();
    expect(answered).toEqual(['a:sent', 'b:sent']);
  });

  it('never sends an entry twice when called many times at once', async () => {
    store.current = memoryWriteQueue([queued('a'), queued('b')]);
    await Promise.all([replayQueue(), replayQueue(), replayQueue()]);
    expect(sentIds).toEqual(['a', 'b']);
  });

  it('runs a follow-up pass for an entry queued while a pass was sending', async () => {
    const queue = memoryWriteQueue([queued('a')]);
    store.current = queue;
    let second: Promise<void> | undefined;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sentIds.push((JSON.parse(String(init.body)) as { id: string }).id);
      if (!second) {
        queue.add(queued('late')); // what enqueue() in another component does meanwhile
        second = replayQueue();
      }
      return new Response(null, { status: 201 });
    });
    await replayQueue();
    await second;
    expect(sentIds).toEqual(['a', 'late']);
  });

  it('holds the cross-tab lock while it sends', async () => {
    store.current = memoryWriteQueue([queued('a')]);
    const request = vi.fn((_name: string, work: () => Promise<unknown>) => work());
    vi.stubGlobal('navigator', { locks: { request } });
    await replayQueue();
    expect(request).toHaveBeenCalledWith('liqa-outbox', expect.any(Function));
  });

  it('rejects while entries are left waiting, so Background Sync tries again', async () => {
    store.current = memoryWriteQueue([queued('a')]);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(replayQueue()).rejects.toBeInstanceOf(QueueRetryLater);
  });
});
