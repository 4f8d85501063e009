// One pass over the write queue, FIFO, with every dependency passed in (tested without a browser).
import type { QueuedWrite } from '../store/types';
import { sendEntry, type FetchLike } from './send';
import { isDue, isPending, recoverInterrupted, settle, startSending } from './transition';

export interface WriteQueueAccess {
  /** Every entry, oldest (lowest seq) first. */
  list(): Promise<QueuedWrite[]>;
  /** Rewrites one entry atomically; undefined when it no longer exists (discarded). */
  update(
    id: string,
    change: (entry: QueuedWrite) => QueuedWrite | null,
  ): Promise<QueuedWrite | undefined>;
}

export interface ReplayDeps {
  queue: WriteQueueAccess;
  fetch: FetchLike;
  now: () => number;
  random: () => number;
  /** Runs the kind's handlers once an entry is sent or refused. */
  settled: (entry: QueuedWrite) => Promise<void>;
  /** Tells every context the write queue changed (counts on screen). */
  changed: () => void;
}

export interface ReplayOptions {
  /** The device just came online: skip the wait that followed a dead network. */
  ignoreNetworkBackoff?: boolean;
}

export interface PassReport {
  sent: number;
  refused: number;
  /** Entries still waiting when the pass stopped. */
  remaining: number;
  stoppedBecause: 'done' | 'not-due' | 'retry-later';
  /** When the entry that stopped the pass may be tried again (ms since epoch). */
  retryAt?: number;
}

/**
 * Sends due entries in seq order. Strict FIFO: an entry that must wait holds back the ones
 * behind it, because later writes may depend on earlier ones (a support request needs its
 * registration). A transient failure ends the pass: the next entry would meet the same
 * dead network, and hammering it drains a phone's battery for nothing.
 * Must run under the write queue lock: any `sending` entry it finds was left by a dead sender.
 */
export async function replayPass(
  deps: ReplayDeps,
  options: ReplayOptions = {},
): Promise<PassReport> {
  const report: PassReport = { sent: 0, refused: 0, remaining: 0, stoppedBecause: 'done' };
  const all = await deps.queue.list();
  const interrupted = all.filter((entry) => entry.state === 'sending');
  for (const entry of interrupted) await deps.queue.update(entry.id, recoverInterrupted);
  if (interrupted.length > 0) deps.changed();
  const pending = all.filter(isPending).map(recoverInterrupted);

  for (let i = 0; i < pending.length; i++) {
    const entry = pending[i] as QueuedWrite;
    if (!isDue(entry, deps.now(), options.ignoreNetworkBackoff)) {
      return {
        ...report,
        remaining: pending.length - i,
        stoppedBecause: 'not-due',
        retryAt: entry.nextAttemptAt,
      };
    }
    const sending = await deps.queue.update(entry.id, (current) =>
      isPending(current) ? startSending(current) : current,
    );
    if (!sending || sending.state !== 'sending') continue; // discarded or settled elsewhere
    deps.changed();

    const result = await sendEntry(sending, deps.fetch, deps.now());
    const next = settle(sending, result, deps.now(), deps.random);
    const stored = await deps.queue.update(entry.id, () => next);
    if (stored && stored.state !== 'waiting') await deps.settled(stored);
    deps.changed();

    if (next.state === 'sent') report.sent++;
    else if (next.state === 'refused') report.refused++;
    else {
      return {
        ...report,
        remaining: pending.length - i,
        stoppedBecause: 'retry-later',
        retryAt: next.nextAttemptAt,
      };
    }
  }
  return report;
}
