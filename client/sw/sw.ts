// The service worker: the app shell and its screens precached (the desk works with no network),
// meetings and geography network-first with a cached fallback, and the outbox replayed by
// Background Sync when connectivity returns even with every tab closed.
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { replayOutbox } from '../sync/replay';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

/** Background Sync's event; not in TypeScript's WebWorker library yet. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

const OUTBOX_SYNC_TAG = 'liqa-outbox';

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page address is the same shell; the app's router draws the page (and its "not found").
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/] }),
);

// Public reads only: the meeting list and one meeting (never registrations, rosters or exports,
// which carry personal data), and the geography lists.
const PUBLIC_API = /^\/api\/(meetings(\/[^/]+)?|geo\/[^/]+)$/;
registerRoute(
  ({ url, request, sameOrigin }) =>
    sameOrigin && request.method === 'GET' && PUBLIC_API.test(url.pathname),
  new NetworkFirst({ cacheName: 'liqa-api', networkTimeoutSeconds: 3 }),
);

// Hashed build files not in the precache (a screen's own heavy chunk): cached on first use,
// so the desk that loaded its QR decoder once has it with no network.
registerRoute(
  ({ url, request, sameOrigin }) =>
    sameOrigin && request.method === 'GET' && url.pathname.startsWith('/assets/'),
  new CacheFirst({ cacheName: 'liqa-assets' }),
);

// A new version waits until the page says so: reloading mid-form would lose what was typed.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === OUTBOX_SYNC_TAG) sync.waitUntil(replayOutbox());
});
