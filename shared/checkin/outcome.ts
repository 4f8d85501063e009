// The check-in rule both sides run: what a scan of a person says, and which scan counts as
// their arrival. The server decides with it when a batch arrives; the desk answers with it at
// once, offline, before the server has heard of the scan.
import type { CheckinOutcome } from '../schemas/checkin';

/** What a desk knows of the person a scan matched. */
export interface ScannedPerson {
  /** On the list: accepted (and, at a desk, not a walk-in it refused). */
  admitted: boolean;
  /** Already checked in, by any desk. */
  arrived: boolean;
}

/** The first scan of an admitted person checks them in; every later one finds them in. */
export function checkinOutcome(person: ScannedPerson | undefined): CheckinOutcome {
  if (!person) return 'unknown';
  if (!person.admitted) return 'not-accepted';
  return person.arrived ? 'already-checked-in' : 'checked-in';
}

/**
 * Whether instant `a` comes no later than `b` (ISO 8601, any offset). A tie keeps the scan
 * already known, so a replayed or repeated event never moves an arrival.
 */
export function noLaterThan(a: string, b: string): boolean {
  return Date.parse(a) <= Date.parse(b);
}

/** A person arrived at their earliest scan, whichever desk's event was heard of first. */
export function earliestArrival(current: string | null, at: string): string {
  return current !== null && noLaterThan(current, at) ? current : at;
}
