// replayQueue(): sends what the device queued, one pass at a time in this context and, with
// the Web Locks API, one at a time across every tab and the service worker.
// Runs in pages and in the service worker: no DOM here or in anything imported.
import { allEntries, pruneSent, updateEntry } from '../store/writeQueue';
import { announceChange } from './changes';
import { react, reactionsInstalled } from './reactions';
import { replayPass, type PassReport, type ReplayDeps, type ReplayOptions } from './replayPass';

export type { ReplayOptions } from './replayPass';

export const WRITE_QUEUE_LOCK = 'liqa-outbox';
/** Sent entries are kept a week so screens can still say "sent", then forgotten. */
const KEEP_SENT_MS = 7 * 24 * 60 * 60_000;

/** Rejected with by replayQueue when entries are left waiting (Background Sync retries). */
export class QueueRetryLater extends Error {
  constructor(readonly report: PassReport) {
    super(`${report.remaining} queued writes left waiting (${report.stoppedBecause})`);
    this.name = 'QueueRetryLater';
  }
}

const deps: ReplayDeps = {
  queue: { list: allEntries, update: updateEntry },
  fetch: (url, init) => fetch(url, init),
  now: () => Date.now(),
  random: Math.random,
  settled: react,
  changed: () => announceChange('changed'),
};

function withQueueLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  // Without Web Locks (older Safari) two contexts may send the same entry; the server treats
  // the second copy as a replay of the first (same id), so that costs bandwidth, not data.
  return locks ? locks.request(WRITE_QUEUE_LOCK, work) : work();
}

let pruned = false;

async function lockedPass(options: ReplayOptions): Promise<PassReport> {
  // Sent before the reactions are in, an answer would settle with no one to apply it.
  if (!reactionsInstalled()) throw new Error('write queue: replay before installReactions()');
  return withQueueLock(async () => {
    if (!pruned) {
      pruned = true;
      if ((await pruneSent(Date.now() - KEEP_SENT_MS)) > 0) deps.changed();
    }
    return replayPass(deps, options);
  });
}

let running: Promise<PassReport> | null = null;
let followUp: Promise<PassReport> | null = null;
let followUpOptions: ReplayOptions = {};

/**
 * One pass at a time in this context. A call made while a pass runs gets one follow-up pass
 * (shared by every such call), so entries enqueued after the running pass read the list are
 * not left behind.
 */
function schedule(options: ReplayOptions): Promise<PassReport> {
  if (!running) {
    running = lockedPass(options).finally(() => {
      running = null;
    });
    return running;
  }
  followUpOptions = {
    ignoreNetworkBackoff: Boolean(
      followUpOptions.ignoreNetworkBackoff || options.ignoreNetworkBackoff,
    ),
  };
  followUp ??= running
    .catch(() => undefined)
    .then(() => {
      const next = followUpOptions;
      followUp = null;
      followUpOptions = {};
      return schedule(next);
    });
  return followUp;
}

/**
 * Sends every due entry, oldest first. Resolves when nothing is left waiting; rejects with
 * QueueRetryLater when something is (network down, server busy, backoff not over), so a
 * Background Sync event asks the browser to fire again later. Page callers may ignore that.
 */
export async function replayQueue(options: ReplayOptions = {}): Promise<void> {
  const report = await schedule(options);
  if (report.remaining > 0) throw new QueueRetryLater(report);
}
