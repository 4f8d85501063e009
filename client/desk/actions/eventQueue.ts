// Puts a check-in event in the write queue: into the batch still waiting there when there is one,
// else as a new batch (kind 'checkin'). The replay sends batches in order with the rest.
import { checkinsUrl } from '../../api/checkin';
import { updateEntry } from '../../store/writeQueue';
import { enqueue } from '../../sync/writeQueue';
import { flushWriteQueue } from '../../sync/triggers';
import { newId } from '../../sync/uuid';
import { CHECKIN_KIND, withEvent, type CheckinEventBody } from '../batch';

/**
 * The batch this page last opened. Only the tail of the queue may take more events: once
 * something else is queued behind it (a walk-in's registration), a later event must travel
 * after that, hence `enqueueBehindEvents()`.
 */
let openBatch: string | null = null;
/** Events are queued one after the other: two scans a few ms apart must not both open a batch. */
let queued: Promise<void> = Promise.resolve();

function inTurn(work: () => Promise<void>): Promise<void> {
  const next = queued.then(work);
  queued = next.catch(() => undefined); // a failed write is reported to its caller, not the next
  return next;
}

/**
 * Queues another write (a walk-in's registration) after the events on their way, and closes
 * the open batch: events recorded from now on travel behind it.
 */
export function enqueueBehindEvents(write: () => Promise<unknown>): Promise<void> {
  return inTurn(async () => {
    openBatch = null;
    await write();
  });
}

export function enqueueEvent(
  slug: string,
  deviceId: string,
  event: CheckinEventBody,
): Promise<void> {
  return inTurn(() => addEvent(slug, deviceId, event));
}

async function addEvent(slug: string, deviceId: string, event: CheckinEventBody): Promise<void> {
  const url = checkinsUrl(slug);
  if (openBatch) {
    let joined = false;
    // One transaction: the replay cannot start sending the batch halfway through this change.
    await updateEntry(openBatch, (entry) => {
      const next = withEvent(entry, url, deviceId, event);
      joined = next !== null;
      return next ?? entry;
    });
    if (joined) {
      flushWriteQueue({ ignoreNetworkBackoff: true });
      return;
    }
  }
  const entry = await enqueue({
    id: newId(),
    kind: CHECKIN_KIND,
    method: 'POST',
    url,
    body: { deviceId, events: [event] },
  });
  openBatch = entry.id;
}
