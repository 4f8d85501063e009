// The rules of check-in as pure functions: what an event's outcome is, which scan time counts,
// and how a batch (replays and repeats included) plays out against the people it names.
import { createHash } from 'node:crypto';
import type { CheckinOutcome } from '../../../shared/schemas/checkin';
import { normalizeTicketCode } from '../../../shared/tickets/ticketCode';
import { checkinOutcome, earliestArrival } from '../../../shared/checkin/outcome';

export interface Person {
  status: string;
  checkedInAt: string | null;
}

/** An incoming event once its token or id has been matched (null: it matched nobody). */
export interface BatchEvent {
  id: string;
  hash: string;
  registrationId: string | null;
  /** ISO UTC, as `Date#toISOString` writes it, so instants compare as text. */
  at: string;
}

export interface StoredEvent {
  hash: string;
  outcome: CheckinOutcome;
  registrationId: string | null;
}

export interface Decided {
  id: string;
  outcome: CheckinOutcome;
  registrationId: string | null;
}

export interface BatchPlan {
  results: Decided[];
  /** Events seen for the first time, to be stored with their outcome. */
  fresh: Array<BatchEvent & { outcome: CheckinOutcome }>;
  /** Registrations whose arrival time changes: id → the new (earlier or first) time. */
  arrivals: Map<string, string>;
  /** Positions of events whose id is already taken by other content. */
  conflicts: number[];
}

/** The shared rule (shared/checkin/outcome.ts) for a registration as the database holds it. */
export function outcomeFor(person: Person | undefined): CheckinOutcome {
  return checkinOutcome(
    person && { admitted: person.status === 'accepted', arrived: person.checkedInAt !== null },
  );
}

/**
 * What an event says, for telling a replay from another event that reuses its id: the same
 * instant written with another offset is the same event.
 */
export function eventHash(
  meetingId: string,
  e: { registrationId?: string; token?: string; code?: string; at: string; method: string },
): string {
  const content: unknown[] = [
    meetingId,
    e.registrationId ?? null,
    e.token ?? null,
    Date.parse(e.at),
    e.method,
  ];
  // Appended only when present, so events stored before codes existed keep their hash. The
  // code as read, not as typed: `7k3m-q9tx` again is the same event.
  if (e.code) content.push(normalizeTicketCode(e.code) ?? e.code);
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export function planBatch(
  events: BatchEvent[],
  stored: ReadonlyMap<string, StoredEvent>,
  people: ReadonlyMap<string, Person>,
): BatchPlan {
  const state = new Map<string, Person>();
  const personOf = (id: string | null) => {
    if (id === null) return undefined;
    const known = state.get(id) ?? people.get(id);
    if (known && !state.has(id)) state.set(id, { ...known });
    return state.get(id);
  };
  const seen = new Map<string, StoredEvent>(stored);
  const plan: BatchPlan = { results: [], fresh: [], arrivals: new Map(), conflicts: [] };

  events.forEach((event, index) => {
    const earlier = seen.get(event.id);
    if (earlier) {
      if (earlier.hash !== event.hash) plan.conflicts.push(index);
      plan.results.push({
        id: event.id,
        outcome: earlier.outcome,
        registrationId: earlier.registrationId,
      });
      return;
    }
    const person = personOf(event.registrationId);
    const outcome = outcomeFor(person);
    if (person && person.status === 'accepted') {
      const arrival = earliestArrival(person.checkedInAt, event.at);
      if (arrival !== person.checkedInAt) {
        person.checkedInAt = arrival;
        plan.arrivals.set(event.registrationId as string, arrival);
      }
    }
    const registrationId = person ? event.registrationId : null;
    seen.set(event.id, { hash: event.hash, outcome, registrationId });
    plan.fresh.push({ ...event, registrationId, outcome });
    plan.results.push({ id: event.id, outcome, registrationId });
  });
  return plan;
}
