import { describe, expect, it, vi } from 'vitest';
import type { QueuedWrite } from '../store/types';
import { replayPass, type ReplayDeps } from './replayPass';
import { memoryWriteQueue, queued, scriptedFetch } from '../../tests/support/client/testWriteQueue';

function setup(entries: QueuedWrite[], replies: Parameters<typeof scriptedFetch>[0], now = 1_000) {
  const queue = memoryWriteQueue(entries);
  const { fetch, calls } = scriptedFetch(replies);
  const settled: QueuedWrite[] = [];
  const deps: ReplayDeps = {
    queue,
    fetch,
    now: () => now,
    random: () => 0.5,
    settled: async (e) => void settled.push(e),
    changed: vi.fn(),
  };
  return { deps, queue, calls, settled };
}

describe('replayPass', () => {
  it('sends entries oldest first and keeps each answer', async () => {
    const { deps, queue, calls, settled } = setup(
      [queued('b', { seq: 2 }), queued('a', { seq: 1 })],
      [
        { status: 201, body: { id: 'a', status: 'accepted' } },
        { status: 201, body: { id: 'b', status: 'pending' } },
      ],
    );
    const report = await replayPass(deps);
    expect(calls.map((c) => (c.body as { id: string }).id)).toEqual(['a', 'b']);
    expect(report).toEqual({ sent: 2, refused: 0, remaining: 0, stoppedBecause: 'done' });
    expect(queue.get('a')).toMatchObject({
      state: 'sent',
      response: { status: 201, body: { status: 'accepted' } },
    });
    expect(settled.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('keeps a refusal for the person to read and goes on with the next entry', async () => {
    const problem = { code: 'registration-closed', title: 'Registration has closed.', status: 409 };
    const { deps, queue, calls } = setup(
      [queued('a'), queued('b')],
      [{ status: 409, body: problem }, { status: 201 }],
    );
    const report = await replayPass(deps);
    expect(queue.get('a')).toMatchObject({
      state: 'refused',
      response: { status: 409, body: problem },
    });
    expect(queue.get('b')?.state).toBe('sent');
    expect(calls).toHaveLength(2);
    expect(report.refused).toBe(1);
  });

  it('stops at the first network failure and leaves the rest untouched', async () => {
    const { deps, queue, calls } = setup([queued('a'), queued('b'), queued('c')], ['offline']);
    const report = await replayPass(deps);
    expect(calls).toHaveLength(1);
    expect(queue.get('a')).toMatchObject({ state: 'waiting', attempts: 1, nextAttemptAt: 2_000 });
    expect(queue.get('b')).toMatchObject({ state: 'waiting', attempts: 0 });
    expect(report).toMatchObject({ remaining: 3, stoppedBecause: 'retry-later', retryAt: 2_000 });
  });

  it('retries a 503 later, as long as Retry-After asks', async () => {
    const { deps, queue } = setup(
      [queued('a')],
      [{ status: 503, headers: { 'retry-after': '120' } }],
    );
    await replayPass(deps);
    expect(queue.get('a')).toMatchObject({ state: 'waiting', nextAttemptAt: 121_000 });
  });

  it('does not send an entry before its backoff is over, nor those queued after it', async () => {
    const { deps, calls } = setup(
      [queued('a', { nextAttemptAt: 5_000, attempts: 2 }), queued('b')],
      [],
    );
    const report = await replayPass(deps);
    expect(calls).toHaveLength(0);
    expect(report).toMatchObject({ remaining: 2, stoppedBecause: 'not-due', retryAt: 5_000 });
  });

  it('sends at once when the device comes back online after a dead network', async () => {
    const { deps, calls } = setup([queued('a', { nextAttemptAt: 5_000, attempts: 2 })], []);
    await replayPass(deps, { ignoreNetworkBackoff: true });
    expect(calls).toHaveLength(1);
  });

  it('sends again an entry a killed tab left in "sending"', async () => {
    const { deps, queue, calls } = setup(
      [queued('a', { state: 'sending', attempts: 1 })],
      [{ status: 201 }],
    );
    await replayPass(deps);
    expect(calls).toHaveLength(1);
    expect(queue.get('a')?.state).toBe('sent');
  });

  it('never sends sent or refused entries again', async () => {
    const { deps, calls } = setup(
      [queued('a', { state: 'sent' }), queued('b', { state: 'refused' })],
      [],
    );
    await replayPass(deps);
    expect(calls).toHaveLength(0);
  });

  it('does not bring back an entry discarded while it was being sent', async () => {
    const { deps, queue, settled } = setup([queued('a')], []);
    deps.fetch = async () => {
      queue.remove('a');
      return new Response(null, { status: 201 });
    };
    await replayPass(deps);
    expect(queue.get('a')).toBeUndefined();
    expect(settled).toHaveLength(0);
  });

  it('posts the JSON body with the entry headers', async () => {
    const { deps } = setup([queued('a', { headers: { authorization: 'Bearer t' } })], []);
    const seen: RequestInit[] = [];
    deps.fetch = async (_url, init) => {
      seen.push(init);
      return new Response(null, { status: 201 });
    };
    await replayPass(deps);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer t',
    });
    expect(JSON.parse(String(seen[0]?.body))).toEqual({ id: 'a' });
  });
});
