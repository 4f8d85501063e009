// "What is waiting on this phone", followed live (this tab, the others, the service worker):
// null until the queue has been read once.
import { useEffect, useState } from 'preact/hooks';
import { subscribe } from '../../sync/writeQueue';
import { countEntries, type QueueCounts } from './queueCounts';

export function useQueueCounts(): QueueCounts | null {
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  useEffect(() => subscribe((entries) => setCounts(countEntries(entries))), []);
  return counts;
}
