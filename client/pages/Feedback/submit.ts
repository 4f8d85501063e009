// Feedback goes through the write queue: saved on the phone at once, sent when the network allows
// (by this page, another tab or the service worker), and followed here by its entry.
import type { FeedbackInput } from '../../../shared/schemas/feedback';
import { feedbackUrl } from '../../api/feedback';
import { registrationsForMeeting } from '../../store/registrations';
import type { LocalRegistration, QueuedWrite } from '../../store/types';
import { discard, enqueue, subscribe } from '../../sync/writeQueue';

export const FEEDBACK_KIND = 'feedback';

/** Queues the feedback under its own id; a private-link token links it to that registration. */
export function queueFeedback(
  slug: string,
  body: FeedbackInput,
  manageToken?: string,
): Promise<QueuedWrite> {
  return enqueue({
    id: body.id,
    kind: FEEDBACK_KIND,
    method: 'POST',
    url: feedbackUrl(slug),
    body,
    headers: manageToken ? { authorization: `Bearer ${manageToken}` } : undefined,
  });
}

/** Follows one feedback's entry; `undefined` once it has left the queue. */
export function watchFeedback(
  id: string,
  listener: (entry: QueuedWrite | undefined) => void,
): () => void {
  return subscribe((entries) => listener(entries.find((e) => e.id === id)));
}

/** A refusal the person has read (they fix and resend under a new id). */
export function dropFeedback(id: string): Promise<void> {
  return discard(id);
}

/**
 * The registrations on this phone for the meeting that can link feedback (they hold a private-
 * link token), re-read whenever the write queue or a registration changes. Read straight from the
 * store rather than through the registration sync, which this page does not otherwise need.
 */
export function watchLinkable(
  slug: string,
  listener: (registrations: LocalRegistration[]) => void,
): () => void {
  let latest = 0;
  return subscribe(() => {
    const ticket = ++latest; // an older read finishing late must not overwrite a newer one
    void registrationsForMeeting(slug).then((records) => {
      if (ticket === latest)
        listener(records.filter((r) => r.manageToken && r.status !== 'refused'));
    });
  });
}
