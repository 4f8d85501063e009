// Accept / waitlist / reject on the ticked registrations, all or nothing (the server refuses
// the whole batch past capacity), and what to tell the organizer afterwards.
import { useState } from 'preact/hooks';
import {
  answeredByServer,
  capacityRefusal,
  decideRegistrations,
  type DecisionStatus,
} from '../../actions/staff/decideRegistrations';
import type { MeetingWithSeats } from './useLiveMeeting';

export type DecisionOutcome =
  | { kind: 'decided'; status: DecisionStatus; changed: number }
  /** Nothing changed; `seatsLeft` is null when the meeting could not be read again. */
  | { kind: 'capacity'; seatsLeft: number | null; title: string; detail: string }
  | { kind: 'failed'; error: unknown };

interface Options {
  slug: string;
  /** Reads the meeting again and answers it (null if that failed). */
  refreshMeeting: () => Promise<MeetingWithSeats | null>;
  /** After any answer from the server: the list and counts are read again. */
  onAnswered: (decided: boolean) => void;
}

export interface Decisions {
  busy: boolean;
  outcome: DecisionOutcome | null;
  /** Increases with every outcome, so the same message twice is still announced. */
  serial: number;
  decide: (ids: string[], status: DecisionStatus) => Promise<void>;
}

export function useDecisions({ slug, refreshMeeting, onAnswered }: Options): Decisions {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ outcome: DecisionOutcome | null; serial: number }>({
    outcome: null,
    serial: 0,
  });
  const show = (outcome: DecisionOutcome) => setResult((r) => ({ outcome, serial: r.serial + 1 }));

  async function decide(ids: string[], status: DecisionStatus): Promise<void> {
    if (ids.length === 0 || busy) return;
    setBusy(true);
    try {
      const changed = await decideRegistrations(slug, ids, status);
      show({ kind: 'decided', status, changed });
      onAnswered(true);
    } catch (error) {
      const capacity = capacityRefusal(error);
      if (capacity) {
        // The seats left right now, not when the page opened: others decide too.
        const fresh = await refreshMeeting();
        show({ kind: 'capacity', seatsLeft: fresh?.seatsLeft ?? null, ...capacity });
      } else {
        show({ kind: 'failed', error });
      }
      if (answeredByServer(error)) onAnswered(false);
    } finally {
      setBusy(false);
    }
  }

  return { busy, outcome: result.outcome, serial: result.serial, decide };
}
