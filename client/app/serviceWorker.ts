// Registers the service worker and tells the page when a new version waits. The page asks
// before switching: reloading in the middle of a form would lose what the person typed.
import { useEffect, useState } from 'preact/hooks';
import { Workbox } from 'workbox-window';

let workbox: Workbox | null = null;
let updateWaiting = false;
const listeners = new Set<(waiting: boolean) => void>();

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    updateWaiting = true;
    for (const listener of listeners) listener(true);
  });
  workbox
    .register()
    .catch((err: unknown) => console.warn('[liqa] service worker not registered', err));
}

const asked = new Set<string>();

/** Asks the worker to cache an audience's files, once per page load (it skips what it has). */
function askWorker(key: string, message: Record<string, string>): void {
  if (asked.has(key) || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  asked.add(key);
  void navigator.serviceWorker.ready.then((registration) =>
    registration.active?.postMessage(message),
  );
}

/**
 * A staff member is signed in on this device: the worker caches the staff screens (desk, report,
 * outbox…) so they open with no network later. A participant's phone never downloads them.
 */
export function cacheStaffScreens(): void {
  askWorker('staff', { type: 'CACHE_STAFF' });
}

/** The page is in French or English: every participant screen's words in it, for offline use. */
export function cacheLanguage(locale: string): void {
  if (locale !== 'ar') askWorker(`language:${locale}`, { type: 'CACHE_LANGUAGE', locale });
}

/** Activates the waiting version, then reloads once it controls the page. */
/** Reloads into the new version once every form's draft is on the device (restored after). */
export async function applyUpdate(): Promise<void> {
  const wb = workbox;
  if (!wb) return;
  // Loaded with the forms that keep drafts (not with the shell); loading it here is then free.
  const { flushDrafts } = await import('./drafts');
  await flushDrafts();
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
}

export function useUpdateWaiting(): boolean {
  const [waiting, setWaiting] = useState(updateWaiting);
  useEffect(() => {
    listeners.add(setWaiting);
    setWaiting(updateWaiting);
    return () => void listeners.delete(setWaiting);
  }, []);
  return waiting;
}
