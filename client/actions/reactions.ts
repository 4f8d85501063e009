// What each kind of queued write does once the server has answered it: the one table of
// reactions, installed explicitly by the page's entry (client/main.tsx) and the service worker
// before anything is sent. A new kind of write fails the typecheck until it is given its line.
import type { QueuedWrite, WriteKind } from '../store/types';
import { setReactions, type Reaction } from '../sync/reactions';
import { applyRegistrationOutcome } from './registration/registrationOutcome';

/**
 * The write itself is what its screen shows (sent, or refused with the server's reason): the
 * screen follows it in the queue, and nothing else on the phone changes with the answer.
 */
const shownByItsScreen: Reaction = () => undefined;

const reactions = {
  // The phone's own copy of the registration takes the status and private link, or the refusal.
  registration: (write: QueuedWrite) => applyRegistrationOutcome(write),
  // Private link changes: the page reads the server's copy again once the write is sent.
  'registration-edit': shownByItsScreen,
  'registration-cancel': shownByItsScreen,
  // The support screen shows the server's answer and, later, the committee's decision from the
  // sent request itself (support/followMyRequest); a refusal waits there until it is dismissed.
  support: shownByItsScreen,
  // The feedback screen says "sent" or why not from its entry (feedback/followFeedback).
  feedback: shownByItsScreen,
  // The desk applies its answered writes to its own records when it starts and after each change.
  checkin: shownByItsScreen,
  'checkin-workshop': shownByItsScreen,
} satisfies Record<WriteKind, Reaction>;

export function installReactions(): void {
  setReactions(reactions);
}
