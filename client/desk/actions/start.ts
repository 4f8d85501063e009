// Runs a desk while its screen is open: loads the device's copy, refreshes the roster in the
// background (at once, every 30 s while the screen is visible, and when the network returns),
// and follows the write queue's answers and what the desks in this device's other tabs record.
import { retryRefused, subscribe } from '../../sync/writeQueue';
import { startWriteQueue } from '../../sync/triggers';
import type { Desk } from './desk';
import { listenToOtherTabs } from './otherTabs';
import { refreshRoster } from './refresh';
import { settleFromQueue } from './settle';
import { findWipedDesk } from './wipedStorage';

export const REFRESH_EVERY_MS = 30_000;

export function startDesk(desk: Desk): () => void {
  let stopped = false;
  let stopWriteQueue: (() => void) | null = null;
  let stopTabs: (() => void) | null = null;
  startWriteQueue();
  void desk.load().then(
    () => {
      if (stopped) return;
      // Answers first (they may have arrived while the screen was closed), then the network.
      stopWriteQueue = subscribe((entries) => void settleFromQueue(desk, entries));
      stopTabs = listenToOtherTabs(desk);
      void refreshRoster(desk);
      void findWipedDesk(desk).catch(() => undefined);
    },
    (error: unknown) => {
      console.error('desk: cannot read the device database', error);
      desk.problem = 'storage';
      desk.changed();
    },
  );
  const tick = () => {
    if (desk.loaded && document.visibilityState === 'visible') void refreshRoster(desk);
  };
  const timer = window.setInterval(tick, REFRESH_EVERY_MS);
  window.addEventListener('online', tick);
  document.addEventListener('visibilitychange', tick);
  return () => {
    stopped = true;
    window.clearInterval(timer);
    window.removeEventListener('online', tick);
    document.removeEventListener('visibilitychange', tick);
    stopWriteQueue?.();
    stopTabs?.();
  };
}

/** Puts the desk's refused batches back in the queue (after the staff signed in again). */
export async function sendRefusedAgain(desk: Desk): Promise<void> {
  for (const id of desk.refusedIds) await retryRefused(id);
}
