// What the write queue holds, as the header's line says it: things (check-ins, registrations…),
// not entries, by state; a desk's refusals apart, with the desk's page that deals with them.
import type { QueuedWrite } from '../../store/types';
import { deskPageOf, itemsIn } from '../../sync/entryScope';

export interface QueueCounts {
  /** Things (check-ins, registrations…), not entries: a desk's batch counts its check-ins. */
  waiting: number;
  sending: number;
  refused: number;
  sent: number;
  /** Refused writes of a check-in desk, and the desk's page that deals with them. */
  deskRefused: number;
  deskPage: string | null;
}

export function countEntries(entries: readonly QueuedWrite[]): QueueCounts {
  const counts: QueueCounts = {
    waiting: 0,
    sending: 0,
    refused: 0,
    sent: 0,
    deskRefused: 0,
    deskPage: null,
  };
  for (const entry of entries) {
    const desk = entry.state === 'refused' ? deskPageOf(entry) : null;
    if (desk) {
      counts.deskRefused += itemsIn(entry);
      counts.deskPage ??= desk;
    } else counts[entry.state] += itemsIn(entry);
  }
  return counts;
}
