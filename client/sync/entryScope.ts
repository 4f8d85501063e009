// What a queued write means to the person looking at the header: how many things it carries
// (a desk's batch carries many check-ins: "221 waiting", not "11") and which page deals with
// it when refused (a desk's writes are the desk's business, not "My registrations").
// No DOM: the service worker may read it too.
import type { QueuedWrite } from '../store/types';

/** Check-in events in a desk's batch; any other write is one thing. */
export function itemsIn(entry: QueuedWrite): number {
  const events = (entry.body as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? events.length : 1;
}

// The desk's kinds (client/desk/batch.ts), named here so the header needs no desk code.
const DESK_KINDS = new Set(['checkin', 'checkin-workshop']);

function isDeskWrite(entry: QueuedWrite): boolean {
  if (DESK_KINDS.has(entry.kind)) return true;
  return (
    entry.kind === 'registration' &&
    (entry.body as { source?: string } | null)?.source === 'walk-in'
  );
}

/** The check-in desk's page for a desk's write (check-ins, walk-ins, workshop moves), else null. */
export function deskPageOf(entry: QueuedWrite): string | null {
  if (!isDeskWrite(entry)) return null;
  const slug = /^\/api\/meetings\/([^/]+)\//.exec(entry.url)?.[1];
  return slug ? `/staff/m/${slug}/checkin` : null;
}

/** Check-ins and other desk writes not sent yet: what signing out would leave behind. */
export function unsentDeskItems(entries: readonly QueuedWrite[]): number {
  return entries
    .filter((e) => (e.state === 'waiting' || e.state === 'sending') && deskPageOf(e) !== null)
    .reduce((n, e) => n + itemsIn(e), 0);
}
