// Which channels carry a message to a registration: the one rule every kind's queueing goes
// through (server/mail/queue.ts), and that the organizers' "reachable by no channel" list reads.
import {
  DEFAULT_SMS_POLICY,
  SMS_POLICIES,
  type OutboxChannel,
  type SmsPolicy,
} from '../../shared/enums';

/** The kinds that have an SMS text (server/sms/texts): what a participant must not miss. */
export const SMS_KINDS = [
  'confirmation',
  'waitlisted',
  'cancellation',
  'reminder',
  'support-decision',
  'recover',
] as const;

function hasSmsText(kind: string): boolean {
  return (SMS_KINDS as readonly string[]).includes(kind);
}

export interface Reachable {
  email: string | null;
  phone: string | null;
}

/**
 * E-mail whenever there is an address. SMS, for the kinds that have one, as the meeting's
 * policy says: `phone-only` (the default) to those with a phone and no e-mail, `all` to every
 * phone, `off` to no one. An empty answer means the person hears nothing of this kind.
 */
export function channelsFor(
  registration: Reachable,
  policy: SmsPolicy,
  kind: string,
): OutboxChannel[] {
  const channels: OutboxChannel[] = [];
  if (registration.email) channels.push('email');
  const sms =
    registration.phone !== null &&
    registration.phone !== '' &&
    hasSmsText(kind) &&
    (policy === 'all' || (policy === 'phone-only' && !registration.email));
  if (sms) channels.push('sms');
  return channels;
}

/** The policy stored in a meeting's JSON (absent in meetings written before SMS existed). */
export function smsPolicyOfData(data: string): SmsPolicy {
  const value = (JSON.parse(data) as { sms?: unknown }).sms;
  return (SMS_POLICIES as readonly unknown[]).includes(value)
    ? (value as SmsPolicy)
    : DEFAULT_SMS_POLICY;
}
