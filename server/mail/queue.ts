// Queues messages as outbox rows inside the caller's transaction: a message exists if and only
// if the change that causes it is committed. The dedupe key makes a replayed or doubled change
// queue nothing more ("one message per registration, kind and channel").
import type { Kysely } from 'kysely';
import type { Locale, OutboxChannel, SmsPolicy } from '../../shared/enums';
import { insertOutboxRow, skipQueuedRow } from '../db/repositories/outbox';
import { consume } from '../limits/limiter';
import { mailsPerAddress } from '../limits/rules';
import type { RegistrationRow } from '../db/repositories/registrations';
import type { Database } from '../db/schema';
import { channelsFor, smsPolicyOfData } from './channels';
import type { MailKind } from './kinds';

export interface MailToQueue {
  meetingId: string;
  registrationId: string;
  kind: MailKind;
  /** Defaults to e-mail. */
  channel?: OutboxChannel;
  /** An e-mail address, or an E.164 phone number for an SMS. */
  to: string;
  locale: Locale;
  nowIso: string;
  /** Defaults to `${registrationId}:${kind}`. */
  dedupeKey?: string;
  /** Not before this instant (a scheduled reminder); defaults to now. */
  notBefore?: string;
  /** Details for the template beyond the registration itself. */
  payload?: Record<string, unknown>;
}

/**
 * True if a row was added, false if this message was already queued (or sent). A message past
 * the daily cap of its kind for that address (e-mail or phone) is kept as skipped, never sent.
 */
export async function queueMail(trx: Kysely<Database>, mail: MailToQueue): Promise<boolean> {
  const channel = mail.channel ?? 'email';
  const key = mail.dedupeKey ?? `${mail.registrationId}:${mail.kind}`;
  const dedupeKey = channel === 'email' ? key : `${key}:${channel}`;
  const added = await insertOutboxRow(trx, {
    meeting_id: mail.meetingId,
    registration_id: mail.registrationId,
    kind: mail.kind,
    channel,
    // E-mail keys keep their original form, so rows queued before SMS existed still dedupe.
    dedupe_key: dedupeKey,
    to_address: mail.to,
    locale: mail.locale,
    payload: mail.payload ? JSON.stringify(mail.payload) : null,
    next_attempt_at: mail.notBefore ?? mail.nowIso,
    created_at: mail.nowIso,
  });
  if (!added) return false;
  const rule = mailsPerAddress(mail.kind);
  const address = `${channel}:${mail.to.trim().toLowerCase()}`;
  const verdict = await consume(trx, new Date(mail.nowIso), rule, address);
  if (!verdict.allowed)
    await skipQueuedRow(
      trx,
      dedupeKey,
      `not sent: ${rule.limit} ${mail.kind} messages to this address today already`,
    );
  return true;
}

async function smsPolicyOf(trx: Kysely<Database>, meetingId: string): Promise<SmsPolicy> {
  const meeting = await trx
    .selectFrom('meetings')
    .select('data')
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
  return smsPolicyOfData(meeting.data);
}

export interface QueueExtra extends Pick<MailToQueue, 'dedupeKey' | 'notBefore' | 'payload'> {
  /** The meeting's SMS policy when the caller has it (a loop over a meeting's people). */
  smsPolicy?: SmsPolicy;
}

/**
 * The one way a registration is sent a message of any kind: one row per channel that
 * `channelsFor` picks (e-mail, SMS, both, or none). True if any row was added.
 */
export async function queueRegistrationMail(
  trx: Kysely<Database>,
  row: Pick<RegistrationRow, 'id' | 'meeting_id' | 'email' | 'phone' | 'locale'>,
  kind: MailKind,
  nowIso: string,
  extra: QueueExtra = {},
): Promise<boolean> {
  const { smsPolicy, ...rest } = extra;
  const policy = smsPolicy ?? (row.phone ? await smsPolicyOf(trx, row.meeting_id) : 'off');
  let added = false;
  for (const channel of channelsFor(row, policy, kind)) {
    const to = channel === 'sms' ? row.phone : row.email;
    if (!to) continue;
    const queued = await queueMail(trx, {
      meetingId: row.meeting_id,
      registrationId: row.id,
      kind,
      channel,
      to,
      locale: row.locale,
      nowIso,
      ...rest,
    });
    added = queued || added;
  }
  return added;
}
