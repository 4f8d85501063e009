// Delivers one claimed outbox row and settles it: sent (with the Message-ID), back in the
// queue after a delay (temporary failure), failed (permanent, or out of attempts), or skipped
// (a reminder for someone no longer accepted) — or `lost` when the worker's lease on the row
// lapsed meanwhile and another worker took it over: then nothing is recorded here.
import { inWriteTransaction } from '../db/writeBatch';
import type { MeetingRow } from '../db/repositories/meetings';
import { markSent, markUnsent, type OutboxRow } from '../db/repositories/outbox';
import type { RegistrationRow } from '../db/repositories/registrations';
import type { Deps } from '../deps';
import { sendSms } from '../sms/send';
import type { SmsTransport } from '../sms/transport';
import { stillRelevant } from './kinds';
import { renderMail } from './render';
import {
  MAX_ATTEMPTS,
  PermanentMailError,
  describeFailure,
  isPermanentFailure,
  retryDelayMs,
} from './retry';
import type { MailTransport } from './transport';

export type Outcome = 'sent' | 'retry' | 'failed' | 'skipped' | 'lost';

/** Where each channel's messages go. */
export interface Transports {
  mail: MailTransport;
  sms: SmsTransport;
}

/** The .eml file of a row on the embedded transport; also how the staff UI finds it again. */
export function emlFileName(row: Pick<OutboxRow, 'id' | 'kind'>): string {
  return `${String(row.id).padStart(8, '0')}-${row.kind}.eml`;
}

/** A stable Message-ID per row: a message sent twice after a crash is recognisably the same. */
function messageIdOf(row: OutboxRow, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return `<outbox-${row.id}-${Date.parse(row.created_at)}@${domain}>`;
}

async function send(
  deps: Deps,
  transport: MailTransport,
  row: OutboxRow,
  to: string,
  subject: { registration: RegistrationRow; meeting: MeetingRow },
): Promise<{ messageId: string }> {
  let message;
  try {
    message = await renderMail(deps, { row, ...subject });
  } catch (err) {
    throw new PermanentMailError(`could not build the message: ${describeFailure(err)}`);
  }
  const envelope = {
    to: { name: subject.registration.full_name, address: to },
    messageId: messageIdOf(row, deps.config.mailFrom),
    date: deps.now(),
  };
  return transport.send({ ...message, ...envelope }, emlFileName(row));
}

export async function deliver(
  deps: Deps,
  transports: Transports,
  claim: { row: OutboxRow; token: string },
  subject: { registration?: RegistrationRow; meeting?: MeetingRow },
): Promise<Outcome> {
  const { row } = claim;
  const { registration, meeting } = subject;
  const fence = { id: row.id, token: claim.token };
  const settle = async <T extends Outcome>(
    outcome: T,
    status: 'queued' | 'failed' | 'skipped',
    error: string,
    nextAttemptAt?: string,
  ): Promise<T | 'lost'> =>
    (await inWriteTransaction(deps.db, (trx) =>
      markUnsent(trx, fence, { status, error, nextAttemptAt }),
    ))
      ? outcome
      : 'lost';
  // The address is read now: a corrected one is used, a removed one means no more messages.
  const sms = row.channel === 'sms';
  const to = registration ? (sms ? registration.phone : registration.email) : row.to_address;
  if (registration && (!to || !stillRelevant(row.kind, registration.status))) {
    const missing = sms ? 'not sent: no phone number' : 'not sent: no e-mail address';
    return settle(
      'skipped',
      'skipped',
      to ? `not sent: the registration is ${registration.status}` : missing,
    );
  }
  let sent: { messageId: string };
  try {
    if (!registration || !meeting || !to)
      throw new PermanentMailError('the registration no longer exists');
    sent = sms
      ? await sendSms(deps, transports.sms, row, to, { registration, meeting })
      : await send(deps, transports.mail, row, to, { registration, meeting });
  } catch (err) {
    const reason = describeFailure(err);
    if (isPermanentFailure(err)) return settle('failed', 'failed', reason);
    if (row.attempts >= MAX_ATTEMPTS)
      return settle('failed', 'failed', `gave up after ${row.attempts} attempts: ${reason}`);
    const next = new Date(deps.now().getTime() + retryDelayMs(row.attempts));
    return settle('retry', 'queued', reason, next.toISOString());
  }
  // Delivered: never back to the queue from here. Should this write fail (or our lease have
  // been lost), the row is the new holder's or goes again once its lease lapses: the window no
  // outbox can close, narrowed by the lease renewal and made recognisable by the Message-ID.
  const recorded = await inWriteTransaction(deps.db, (trx) =>
    markSent(trx, fence, { sentAt: deps.now().toISOString(), messageId: sent.messageId, to }),
  );
  return recorded ? 'sent' : 'lost';
}
