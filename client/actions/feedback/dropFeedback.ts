// Dropping a refused feedback the person has read: it leaves the write queue, and they fix and
// send again under a new id (the refused one may be known to the server).
import { discard } from '../../sync/writeQueue';

export function dropFeedback(id: string): Promise<void> {
  return discard(id);
}
