// When a person arrived, as far as this desk knows, and what the desk answers on a scan:
// the server's time (any desk, as of the last refresh) merged with this desk's own events
// (synced or not). The earliest scan wins and the verdict is the server's own rule
// (shared/checkin/outcome.ts).
import { checkinOutcome, noLaterThan } from '../../shared/checkin/outcome';
import type { LocalCheckin, RosterEntry } from '../store/types';

export interface Arrival {
  at: string;
  /** The desk that scanned first; null when only the server knows which. */
  deviceId: string | null;
}

export type Verdict =
  | { kind: 'checked-in'; person: RosterEntry }
  | { kind: 'already-checked-in'; person: RosterEntry; arrival: Arrival }
  | { kind: 'not-accepted'; person: RosterEntry }
  | { kind: 'unknown' };

const ARRIVED = new Set(['checked-in', 'already-checked-in']);

function earlier(a: Arrival | null | undefined, b: Arrival): Arrival {
  // A tie goes to `a`: the candidate that knows its desk is offered first.
  return a && noLaterThan(a.at, b.at) ? a : b;
}

/** What one event of this desk says about the person's arrival (null: nothing). */
function arrivalFrom(c: LocalCheckin): { person: string; arrival: Arrival } | null {
  const person = c.server?.registrationId ?? c.registrationId;
  if (!person) return null;
  if (!c.server)
    return ARRIVED.has(c.local) ? { person, arrival: { at: c.at, deviceId: c.deviceId } } : null;
  if (!ARRIVED.has(c.server.outcome)) return null;
  const first = c.server.checkedInAt;
  // The server answered with an earlier scan than ours: another desk's, we do not know which.
  if (first && !noLaterThan(c.at, first)) return { person, arrival: { at: first, deviceId: null } };
  return { person, arrival: { at: c.at, deviceId: c.deviceId } };
}

/** Each person's earliest arrival according to this desk's events. */
export function localArrivals(checkins: Iterable<LocalCheckin>): Map<string, Arrival> {
  const out = new Map<string, Arrival>();
  for (const c of checkins) {
    const found = arrivalFrom(c);
    if (found) out.set(found.person, earlier(out.get(found.person), found.arrival));
  }
  return out;
}

/** The person's arrival: this desk's if it is the earliest (or the same), else the server's. */
export function arrivalOf(person: RosterEntry, local: Arrival | undefined): Arrival | null {
  const server = person.checkedInAt
    ? { at: person.checkedInAt, deviceId: person.checkedInBy ?? null }
    : null;
  if (!server) return local ?? null;
  return local ? earlier(local, server) : server;
}

/** Whether the person counts as expected at the meeting (on the list, not a refused walk-in). */
export function isExpected(person: RosterEntry): boolean {
  return person.status === 'accepted' && person.walkIn?.state !== 'refused';
}

/** What the desk says when this person (or nobody) comes up, before recording the event. */
export function verdictFor(person: RosterEntry | undefined, arrival: Arrival | null): Verdict {
  if (!person) return { kind: 'unknown' };
  const outcome = checkinOutcome({ admitted: isExpected(person), arrived: arrival !== null });
  if (outcome === 'already-checked-in' && arrival)
    return { kind: 'already-checked-in', person, arrival };
  if (outcome === 'checked-in') return { kind: 'checked-in', person };
  return { kind: 'not-accepted', person };
}
