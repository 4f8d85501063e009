// Send reminders to the accepted participants: now, some days before the start, or at a wall
// time of the meeting's clock. The server answers how many it queued and for when.
import type { QueuedMessages } from '../../../shared/api/outbox';
import type { ReminderRequest } from '../../../shared/schemas/outbox';
import { queueReminders } from '../../api/outbox';

export function sendReminders(slug: string, request: ReminderRequest): Promise<QueuedMessages> {
  return queueReminders(slug, request);
}
