// The service worker: the shell and the participant screens precached; the staff screens (the
// desk with its QR decoder among them) cached when a staff member signs in, so the desk works with
// no network after one online visit; the public programme page cached on its first visit;
// meetings and geography network-first with a cached fallback, and the write queue replayed by
// Background Sync when connectivity returns even with every tab closed.
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { installReactions } from '../actions/reactions';
import { replayQueue } from '../sync/replay';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  /** The staff screens' hashed build files (build/serviceWorkerPlugin.ts). */
  __LIQA_STAFF_FILES: string[];
  /** French and English catalogues of the participant screens. */
  __LIQA_LANGUAGE_FILES: Record<string, string[]>;
  /** The public programme page's build files, cached when first served. */
  __LIQA_ON_VISIT_FILES: string[];
};

/** Background Sync's event; not in TypeScript's WebWorker library yet. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

const WRITE_QUEUE_SYNC_TAG = 'liqa-outbox';

// Before any replay: the answers this worker receives are applied as the pages apply theirs.
installReactions();
/** Build files outside the precache: the staff screens, and any chunk loaded on first use. */
const ASSETS_CACHE = 'liqa-assets';
const STAFF_FILES = self.__LIQA_STAFF_FILES;
const LANGUAGE_FILES = self.__LIQA_LANGUAGE_FILES;
const href = (file: string) => new URL(file, self.location.origin).href;
/** What this version keeps in the assets cache; anything else is an older version's. */
const KEPT = new Set(
  [...STAFF_FILES, ...Object.values(LANGUAGE_FILES).flat(), ...self.__LIQA_ON_VISIT_FILES].map(
    href,
  ),
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page address is the same shell; the app's router draws the page (and its "not found").
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/] }),
);

// Public reads only: the meeting list and one meeting (never registrations, rosters or exports,
// which carry personal data), the geography lists, and a programme with its public report and
// proposals (small cells already hidden; its dashboard and evidence are never cached).
const PUBLIC_API =
  /^\/api\/(meetings(\/[^/]+)?|geo\/[^/]+|programmes(\/[^/]+(\/(report|proposals))?)?)$/;
registerRoute(
  ({ url, request, sameOrigin }) =>
    sameOrigin && request.method === 'GET' && PUBLIC_API.test(url.pathname),
  new NetworkFirst({ cacheName: 'liqa-api', networkTimeoutSeconds: 3 }),
);

// Hashed build files not in the precache (a screen's own heavy chunk, the programme page): cached
// on first use, so the desk that loaded its QR decoder once has it with no network.
registerRoute(
  ({ url, request, sameOrigin }) =>
    sameOrigin && request.method === 'GET' && url.pathname.startsWith('/assets/'),
  new CacheFirst({ cacheName: ASSETS_CACHE }),
);

/** Which audiences this device belongs to, kept across versions: "staff", "fr", "en". */
const AUDIENCE_CACHE = 'liqa-audience';

async function cacheAudience(kind: string): Promise<void> {
  const files = kind === 'staff' ? STAFF_FILES : LANGUAGE_FILES[kind];
  if (!files) return;
  await cacheFiles(files);
  await (await caches.open(AUDIENCE_CACHE)).put(`/__audience/${kind}`, new Response(''));
}

/** Fetches the files this version lacks and drops other versions' files. */
async function cacheFiles(files: string[]): Promise<void> {
  const cache = await caches.open(ASSETS_CACHE);
  const held = await cache.keys();
  const have = new Set(held.map((request) => request.url));
  await cache.addAll(files.map(href).filter((url) => !have.has(url)));
  await Promise.all(held.filter((r) => !KEPT.has(r.url)).map((r) => cache.delete(r)));
}

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  // A new version waits until the page says so: reloading mid-form would lose what was typed.
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  // A staff member signed in on this device (a participant's phone never downloads these).
  if (type === 'CACHE_STAFF') event.waitUntil(cacheAudience('staff'));
  // The page is in French or English: that language's words for every participant screen.
  const locale = (event.data as { locale?: unknown } | null)?.locale;
  if (type === 'CACHE_LANGUAGE' && typeof locale === 'string')
    event.waitUntil(cacheAudience(locale));
});

self.addEventListener('activate', (event) => {
  // A device that had the staff screens (a desk) or a language gets this version's at once.
  const refresh = caches
    .open(AUDIENCE_CACHE)
    .then((cache) => cache.keys())
    .then((kinds) =>
      Promise.all(kinds.map((k) => cacheAudience(new URL(k.url).pathname.split('/').pop() ?? ''))),
    )
    .catch(() => undefined);
  event.waitUntil(Promise.all([self.clients.claim(), refresh]));
});

self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === WRITE_QUEUE_SYNC_TAG) sync.waitUntil(replayQueue());
});
