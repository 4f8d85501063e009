// What the write queue holds for one registration (edits and a cancellation made through its
// private link), and what that changes on screen: pending edits shown at once, the server's
// answers to sent ones taken in. Pure functions: the page and its tests share them.
import type { RegistrationDetails } from '../../../shared/api/registrations';
import { cancelUrl, privateLinkUrl } from '../../api/registrations';
import type { QueuedWrite } from '../../store/types';

export const EDIT_KIND = 'registration-edit';
export const CANCEL_KIND = 'registration-cancel';

export interface QueuedAction {
  kind: 'edit' | 'cancel';
  entry: QueuedWrite;
}

/** This registration's edits and cancellations, oldest first. */
export function actionsOf(id: string, entries: readonly QueuedWrite[]): QueuedAction[] {
  const edit = privateLinkUrl(id);
  const cancel = cancelUrl(id);
  const out: QueuedAction[] = [];
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (entry.kind === EDIT_KIND && entry.url === edit) out.push({ kind: 'edit', entry });
    if (entry.kind === CANCEL_KIND && entry.url === cancel) out.push({ kind: 'cancel', entry });
  }
  return out;
}

export const isPending = (a: QueuedAction) =>
  a.entry.state === 'waiting' || a.entry.state === 'sending';

function isRegistration(body: unknown, id: string): body is RegistrationDetails {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { id?: unknown }).id === id &&
    typeof (body as { status?: unknown }).status === 'string'
  );
}

export interface KnownCopy {
  registration: RegistrationDetails;
  /** Sent actions whose effect this copy already shows (the server's answer, or a later read). */
  applied: string[];
}

/**
 * Takes in the answers of actions sent since the copy was made, oldest first, so the last
 * answer wins. Timestamps cannot order them: the server may answer several in one millisecond.
 */
export function adoptAnswers(copy: KnownCopy, actions: readonly QueuedAction[]): KnownCopy | null {
  let registration = copy.registration;
  const applied = new Set(copy.applied);
  let changed = false;
  for (const { entry } of actions) {
    if (entry.state !== 'sent' || applied.has(entry.id)) continue;
    applied.add(entry.id);
    changed = true;
    const body = entry.response?.body;
    if (isRegistration(body, registration.id)) registration = body;
  }
  if (!changed) return null;
  // Entries pruned from the write queue can no longer come back: forget their ids.
  const present = new Set(actions.map((a) => a.entry.id));
  return { registration, applied: [...applied].filter((entryId) => present.has(entryId)) };
}

/** What the person sees: the known copy with the edits still waiting to be sent laid over it. */
export function withPendingEdits(
  registration: RegistrationDetails,
  actions: readonly QueuedAction[],
): { registration: RegistrationDetails; cancelPending: boolean } {
  let shown = registration;
  let cancelPending = false;
  for (const action of actions) {
    if (!isPending(action)) continue;
    if (action.kind === 'cancel') cancelPending = true;
    else shown = { ...shown, ...(action.entry.body as Partial<RegistrationDetails>) };
  }
  return { registration: shown, cancelPending };
}

/**
 * The action to report on: the newest one waiting, refused (until the person has read it), or
 * sent while the page watched it wait (`seenPending`), so an old "saved" message does not
 * greet the next visit.
 */
export function actionToReport(
  actions: readonly QueuedAction[],
  seenPending: ReadonlySet<string>,
): QueuedAction | undefined {
  return [...actions]
    .reverse()
    .find(
      (a) =>
        isPending(a) ||
        a.entry.state === 'refused' ||
        (a.entry.state === 'sent' && seenPending.has(a.entry.id)),
    );
}
