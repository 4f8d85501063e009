// The desk's own counts, from its roster copy and its events: what the dashboard shows while
// events wait to be sent (the server's summary cannot know them yet) or with no network.
import type { RosterEntry } from '../store/types';
import { arrivalOf, isExpected, type Arrival } from './arrival';

/** People without a workshop are counted under this key, as in the server's summary. */
export const NO_WORKSHOP = 'none';
/** Arrivals the server knows of without saying which desk. */
export const OTHER_DESKS = '';

export interface Load {
  expected: number;
  arrived: number;
  capacity: number | null;
}

export interface DeskCounts {
  expected: number;
  arrived: number;
  byWorkshop: Record<string, Load>;
  byDevice: Record<string, number>;
}

export function localCounts(
  people: Iterable<RosterEntry>,
  arrivals: ReadonlyMap<string, Arrival>,
  workshops: ReadonlyArray<{ id: string; capacity?: number | null }>,
): DeskCounts {
  const counts: DeskCounts = { expected: 0, arrived: 0, byWorkshop: {}, byDevice: {} };
  for (const w of workshops)
    counts.byWorkshop[w.id] = { expected: 0, arrived: 0, capacity: w.capacity ?? null };
  counts.byWorkshop[NO_WORKSHOP] = { expected: 0, arrived: 0, capacity: null };
  for (const person of people) {
    if (!isExpected(person)) continue;
    const key = person.workshopId ?? NO_WORKSHOP;
    const load = (counts.byWorkshop[key] ??= { expected: 0, arrived: 0, capacity: null });
    counts.expected++;
    load.expected++;
    const arrival = arrivalOf(person, arrivals.get(person.id));
    if (!arrival) continue;
    counts.arrived++;
    load.arrived++;
    const desk = arrival.deviceId ?? OTHER_DESKS;
    counts.byDevice[desk] = (counts.byDevice[desk] ?? 0) + 1;
  }
  return counts;
}
