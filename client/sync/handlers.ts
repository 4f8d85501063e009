// What happens elsewhere when an entry of a kind is sent or refused (e.g. a registration's
// status is updated). Handlers register on import, so the service worker gets them too.
import type { QueuedWrite, WriteKind } from '../store/types';

type Handler = (entry: QueuedWrite) => void | Promise<void>;

const sentHandlers = new Map<string, Set<Handler>>();
const refusedHandlers = new Map<string, Set<Handler>>();

function add(map: Map<string, Set<Handler>>, kind: WriteKind, handler: Handler): () => void {
  let set = map.get(kind);
  if (!set) map.set(kind, (set = new Set()));
  set.add(handler);
  return () => set.delete(handler);
}

/** Called once the server accepted an entry of this kind; the entry carries `response`. */
export function onSent(kind: WriteKind, handler: Handler): () => void {
  return add(sentHandlers, kind, handler);
}

/** Called once the server refused an entry of this kind for good. */
export function onRefused(kind: WriteKind, handler: Handler): () => void {
  return add(refusedHandlers, kind, handler);
}

/**
 * Runs the handlers for a settled entry. A failing handler is logged, not thrown: the entry
 * is already settled on the server, and one bad handler must not block the queue behind it.
 */
export async function runOutcomeHandlers(entry: QueuedWrite): Promise<void> {
  const map =
    entry.state === 'sent' ? sentHandlers : entry.state === 'refused' ? refusedHandlers : null;
  for (const handler of map?.get(entry.kind) ?? []) {
    try {
      await handler(entry);
    } catch (error) {
      console.error(`write queue ${entry.kind} handler failed for ${entry.id}`, error);
    }
  }
}
