// Invite to give feedback after the meeting: the server queues one e-mail per person of the
// audience not yet invited, and answers how many that was.
import type { QueuedMessages } from '../../../shared/api/outbox';
import { inviteToFeedback as postInvitations } from '../../api/feedback';

export type FeedbackAudience = 'attended' | 'accepted';

export function inviteToFeedback(
  slug: string,
  audience: FeedbackAudience,
): Promise<QueuedMessages> {
  return postInvitations(slug, audience);
}
