// What the API answers organizers about a meeting's e-mails and SMS, and their request for
// reminders.
import type { OutboxChannel } from '../enums';

export type { ReminderRequest } from '../schemas/outbox';

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

/**
 * `GET …/outbox` read whole: its items, and what its headers (`x-liqa-mail-transport`,
 * `x-liqa-sms-transport`) say about reading messages back.
 */
export interface OutboxList {
  items: OutboxItem[];
  /** The embedded default keeps each message as an .eml file; SMTP keeps no copy. */
  readable: boolean;
  /** The same for SMS: .txt files without SMS_URL, nothing kept by an SMPP gateway. */
  smsReadable: boolean;
}

/** `POST …/reminders` and `POST …/feedback/invitations`: how many messages were newly queued. */
export interface QueuedMessages {
  queued: number;
  /** When they are due (ISO). */
  at: string;
}
