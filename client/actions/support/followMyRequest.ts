// Following my support request on its way: this registration's latest request in the write
// queue (the one whose answer counts), on every change of the queue.
import { supportUrl } from '../../api/support';
import type { QueuedWrite } from '../../store/types';
import { subscribe } from '../../sync/writeQueue';
import { SUPPORT_KIND } from './requestSupport';

/** This registration's latest support entry, if any. */
export function latestSupportEntry(
  registrationId: string,
  entries: readonly QueuedWrite[],
): QueuedWrite | undefined {
  const url = supportUrl(registrationId);
  return entries
    .filter((e) => e.kind === SUPPORT_KIND && e.url === url)
    .sort((a, b) => b.seq - a.seq)[0];
}

/** Calls back with the latest entry (`undefined`: none in the queue) whenever the queue changes. */
export function followMyRequest(
  registrationId: string,
  listener: (entry: QueuedWrite | undefined) => void,
): () => void {
  return subscribe((entries) => listener(latestSupportEntry(registrationId, entries)));
}
