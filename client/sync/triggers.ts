// When the page sends the write queue: at start, back online, back in view, every 30 s while in
// view, right after an enqueue. The only sync file that touches window/document/navigator
// state, so the rest also runs in the service worker.
import { getMeta, setMeta } from '../store/meta';
import { onChange } from './changes';
import { QueueRetryLater, replayQueue, type ReplayOptions } from './replay';

export const SYNC_TAG = 'liqa-outbox';
const TICK_MS = 30_000;
const PERSIST_KEY = 'storagePersistence';

type SyncCapable = ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } };

/**
 * Asks Chromium to wake the service worker when connectivity returns, even if every tab is
 * closed by then. getRegistration(), not `ready`: `ready` never settles without a worker.
 */
async function registerBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    const registration = (await navigator.serviceWorker.getRegistration()) as
      SyncCapable | undefined;
    await registration?.sync?.register(SYNC_TAG);
  } catch {
    // Not supported, or refused (permission policy): the page triggers still work.
  }
}

/**
 * Asks once for persistent storage, so the browser does not evict queued registrations under
 * storage pressure (low-end phones fill up). Firefox shows a prompt, hence only after the
 * person has queued something worth keeping, and never twice.
 */
async function askPersistenceOnce(): Promise<void> {
  const storage = navigator.storage;
  if (!storage?.persist || (await getMeta(PERSIST_KEY)) !== undefined) return;
  const granted = (await storage.persisted()) || (await storage.persist());
  await setMeta(PERSIST_KEY, { granted, askedAt: Date.now() });
}

let wakeUp: ReturnType<typeof setTimeout> | null = null;

/**
 * Comes back when the backoff of the entry that stopped the pass is over (1 s, 2 s, 4 s…);
 * the 30 s tick alone would make short backoffs meaningless. Offline, the `online` event
 * does that job instead.
 */
function retryWhenDue(retryAt: number | undefined): void {
  if (wakeUp) clearTimeout(wakeUp);
  wakeUp = null;
  if (retryAt === undefined || !isOnline()) return;
  wakeUp = setTimeout(
    () => {
      wakeUp = null;
      flushWriteQueue();
    },
    Math.max(0, retryAt - Date.now()) + 50,
  );
}

/** Starts a pass now; failures stay here (a timer, a trigger or Background Sync retries). */
export function flushWriteQueue(options: ReplayOptions = {}): void {
  replayQueue(options).catch((error: unknown) => {
    if (error instanceof QueueRetryLater) {
      retryWhenDue(error.report.retryAt);
      void registerBackgroundSync();
    } else console.error('write queue: replay failed', error);
  });
}

export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** Calls back with the new state when the device goes on- or offline. */
export function onConnectivityChange(listener: (online: boolean) => void): () => void {
  const on = () => listener(true);
  const off = () => listener(false);
  window.addEventListener('online', on);
  window.addEventListener('offline', off);
  return () => {
    window.removeEventListener('online', on);
    window.removeEventListener('offline', off);
  };
}

let started = false;
let ticker: ReturnType<typeof setInterval> | null = null;

function followVisibility(): void {
  const visible = document.visibilityState === 'visible';
  if (visible && !ticker) ticker = setInterval(() => flushWriteQueue(), TICK_MS);
  if (!visible && ticker) {
    clearInterval(ticker); // a hidden tab polling the network only drains the battery
    ticker = null;
  }
}

/** Wires every trigger; safe to call more than once (pages call it too, to be sure). */
export function startWriteQueue(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => flushWriteQueue({ ignoreNetworkBackoff: true }));
  document.addEventListener('visibilitychange', () => {
    followVisibility();
    if (document.visibilityState === 'visible') flushWriteQueue();
  });
  onChange((reason, fromElsewhere) => {
    if (fromElsewhere || (reason !== 'enqueued' && reason !== 'retry')) return;
    flushWriteQueue({ ignoreNetworkBackoff: true });
    void registerBackgroundSync();
    if (reason === 'enqueued') askPersistenceOnce().catch(() => undefined);
  });
  followVisibility();
  flushWriteQueue();
}
