// Following one feedback on its way: its entry in the write queue (waiting, sending, sent with
// the server's answer, or refused), on every change of the queue.
import type { QueuedWrite } from '../../store/types';
import { subscribe } from '../../sync/writeQueue';

/** Calls back with the feedback's entry; `undefined` once it has left the queue. */
export function followFeedback(
  id: string,
  listener: (entry: QueuedWrite | undefined) => void,
): () => void {
  return subscribe((entries) => listener(entries.find((e) => e.id === id)));
}
