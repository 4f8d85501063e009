// Sends one claimed SMS row: its text rendered now, from the configured sender id, to the
// phone on file. The concatenation reference comes from the row, so every attempt of one SMS
// carries the same one.
import type { MeetingRow } from '../db/repositories/meetings';
import type { OutboxRow } from '../db/repositories/outbox';
import type { RegistrationRow } from '../db/repositories/registrations';
import type { Deps } from '../deps';
import { PermanentMailError, describeFailure } from '../mail/retry';
import { renderSms } from './render';
import { smsFileName, type SmsTransport } from './transport';

export async function sendSms(
  deps: Deps,
  transport: SmsTransport,
  row: OutboxRow,
  to: string,
  subject: { registration: RegistrationRow; meeting: MeetingRow },
): Promise<{ messageId: string }> {
  let text: string;
  try {
    text = await renderSms(deps, { row, ...subject });
  } catch (err) {
    throw new PermanentMailError(`could not build the SMS: ${describeFailure(err)}`);
  }
  return transport.send(
    { to, from: deps.config.smsFrom, text, reference: row.id & 0xff },
    smsFileName(row),
  );
}
