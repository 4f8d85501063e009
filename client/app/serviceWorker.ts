// Registers the service worker and tells the page when a new version waits (checked again while
// the tab stays open: updateCheck). The page asks before switching, and writes every form's
// draft before it reloads.
import { useEffect, useState } from 'preact/hooks';
import { watchForUpdates } from './updateCheck';

// The browser's own API rather than workbox-window: a few lines here, 2 KB less on first load.
let registration: ServiceWorkerRegistration | null = null;
let updateWaiting = false;
const listeners = new Set<(waiting: boolean) => void>();

function announceWaiting(): void {
  updateWaiting = true;
  for (const listener of listeners) listener(true);
}

/** A new version installed beside the one that controls this page waits for the person's word. */
function watchForWaiting(reg: ServiceWorkerRegistration): void {
  if (reg.waiting && navigator.serviceWorker.controller) announceWaiting();
  reg.addEventListener('updatefound', () => {
    const installing = reg.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) announceWaiting();
    });
  });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Once the page has loaded: the precache must not compete with the page's own first load.
  const register = () =>
    navigator.serviceWorker.register('/sw.js').then(
      (reg) => {
        registration = reg;
        watchForWaiting(reg);
        watchForUpdates(reg);
      },
      (err: unknown) => console.warn('[liqa] service worker not registered', err),
    );
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
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
 * queue…) so they open with no network later. A participant's phone never downloads them.
 */
export function cacheStaffScreens(): void {
  askWorker('staff', { type: 'CACHE_STAFF' });
}

/** The page is in French or English: every participant screen's words in it, for offline use. */
export function cacheLanguage(locale: string): void {
  if (locale !== 'ar') askWorker(`language:${locale}`, { type: 'CACHE_LANGUAGE', locale });
}

/** Reloads into the new version once every form's draft is on the device (restored after). */
export async function applyUpdate(): Promise<void> {
  const waiting = registration?.waiting;
  if (!waiting) return;
  // Loaded with the forms that keep drafts (not with the shell); loading it here is then free.
  const { flushDrafts } = await import('./drafts');
  await flushDrafts();
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
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
