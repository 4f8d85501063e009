// Sending feedback: saved on the phone at once under its own id, sent by the write queue when
// the network allows (by this page, another tab or the service worker).
import type { FeedbackInput } from '../../../shared/schemas/feedback';
import { feedbackUrl } from '../../api/feedback';
import type { QueuedWrite, WriteKind } from '../../store/types';
import { enqueue } from '../../sync/writeQueue';
import { newId } from '../../sync/uuid';

export const FEEDBACK_KIND = 'feedback' satisfies WriteKind;

/** A new attempt's id, which is the feedback's id on the server too (a replay is a no-op). */
export const newFeedbackId: () => string = newId;

/** Queues the feedback; a private-link token links it to that registration. */
export function sendFeedback(
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
