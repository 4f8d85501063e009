// Dismissing a refused support request the person has read: it leaves the write queue, and
// the server's copy (if any) is what the screen shows again.
import { discard } from '../../sync/writeQueue';

export function dismissRefusal(entryId: string): Promise<void> {
  return discard(entryId);
}
