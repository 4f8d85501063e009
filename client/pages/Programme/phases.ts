// Where each meeting of a programme stands: held (its end has passed), open for registration,
// or upcoming (announced, registration not open yet or closed before the day).
import type { ProgrammeMeetingView } from '../../../shared/api/programmes';

export type Phase = 'past' | 'open' | 'upcoming';
export const PHASES: readonly Phase[] = ['past', 'open', 'upcoming'];

export function phaseOf(meeting: ProgrammeMeetingView, now: Date): Phase {
  if (Date.parse(meeting.endsAt) < now.getTime()) return 'past';
  return meeting.registrationState === 'open' ? 'open' : 'upcoming';
}

/** The meetings of each phase, in the order they take place (the API's order). */
export function timelineOf(
  meetings: ProgrammeMeetingView[],
  now: Date,
): Array<{ phase: Phase; meetings: ProgrammeMeetingView[] }> {
  return PHASES.map((phase) => ({
    phase,
    meetings: meetings.filter((m) => phaseOf(m, now) === phase),
  })).filter((group) => group.meetings.length > 0);
}
