// Where SMS go: an SMPP gateway when SMS_URL is set, otherwise one .txt file per SMS in
// LIQA_DATA_DIR/sms (the embedded default, readable from the organizer's outbox screen). As
// for e-mail, retrying is the outbox's job: one call of `send` is one delivery attempt.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { writeAtomically } from '../mail/transport';
import { segmentSms } from './segments';
import { smppTransport } from './smpp';

export interface SmsMessage {
  /** E.164. */
  to: string;
  from: string;
  text: string;
  /** Ties the parts of a long SMS together (0–255): the same for every attempt of one row. */
  reference: number;
}

export interface SmsTransport {
  readonly kind: 'smpp' | 'txt';
  /** `fileName` names the .txt file on the embedded transport; SMPP ignores it. */
  send(sms: SmsMessage, fileName: string): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

export function smsDirectory(dataDir: string): string {
  return path.join(dataDir, 'sms');
}

/** The .txt file of an SMS row on the embedded transport; also how the staff UI finds it. */
export function smsFileName(row: { id: number; kind: string }): string {
  return `${String(row.id).padStart(8, '0')}-${row.kind}.txt`;
}

/** What the .txt file holds: the envelope as headers, a blank line, then the text itself. */
export function smsFileContent(sms: SmsMessage, date: Date): string {
  const { encoding, parts } = segmentSms(sms.text, sms.reference);
  return [
    `To: ${sms.to}`,
    `From: ${sms.from}`,
    `Date: ${date.toISOString()}`,
    `Encoding: ${encoding === 'gsm7' ? 'GSM-7' : 'UCS-2'}`,
    `Parts: ${parts.length}`,
    '',
    sms.text,
    '',
  ].join('\n');
}

function txtTransport(dataDir: string, now: () => Date): SmsTransport {
  const dir = smsDirectory(dataDir);
  mkdirSync(dir, { recursive: true });
  return {
    kind: 'txt',
    async send(sms, fileName) {
      writeAtomically(path.join(dir, fileName), Buffer.from(smsFileContent(sms, now()), 'utf8'));
      return { messageId: fileName };
    },
    async close() {},
  };
}

export function createSmsTransport(
  config: Pick<Config, 'smsUrl' | 'dataDir'>,
  now: () => Date = () => new Date(),
): SmsTransport {
  return config.smsUrl ? smppTransport(config.smsUrl) : txtTransport(config.dataDir, now);
}
