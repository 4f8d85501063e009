// "Dismiss": a refused change the person has read leaves the write queue (and the page).
import { discard } from '../../sync/writeQueue';

export function dismissRefusal(entryId: string): Promise<void> {
  return discard(entryId);
}
