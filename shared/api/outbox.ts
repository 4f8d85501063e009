// What the API answers organizers about a meeting's e-mails and SMS.
import type { OutboxChannel } from '../enums';

/** A message's state as organizers read it: `sending` is an internal step and reads as `queued`. */
export type MailStatus = 'queued' | 'sent' | 'failed';

/** One e-mail or SMS as `GET /api/meetings/:slug/outbox` lists it. */
export interface OutboxItem {
  id: number;
  to: string;
  channel: OutboxChannel;
  kind: string;
  status: MailStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt?: string;
  sentAt?: string;
  messageId?: string;
  lastError?: string;
}

/** `GET …/outbox/unreachable`: an accepted participant whom neither e-mail nor SMS reaches. */
export interface UnreachableParticipant {
  registrationId: string;
  fullName: string;
}
