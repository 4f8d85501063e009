// Queues an e-mail as an outbox row inside the caller's transaction: the mail exists if and
// only if the change that causes it is committed. The dedupe key makes a replayed or doubled
// change queue nothing more ("one e-mail per registration and kind").
import type { Kysely } from 'kysely';
import { insertOutboxRow } from '../db/repositories/outbox';
import type { RegistrationRow } from '../db/repositories/registrations';
import type { Database } from '../db/schema';
import type { MailKind } from './kinds';

export interface MailToQueue {
  meetingId: string;
  registrationId: string;
  kind: MailKind;
  to: string;
  locale: string;
  nowIso: string;
  /** Defaults to `${registrationId}:${kind}`. */
  dedupeKey?: string;
  /** Not before this instant (a scheduled reminder); defaults to now. */
  notBefore?: string;
  /** Details for the template beyond the registration itself. */
  payload?: Record<string, unknown>;
}

/** True if a row was added, false if this e-mail was already queued (or sent). */
export function queueMail(trx: Kysely<Database>, mail: MailToQueue): Promise<boolean> {
  return insertOutboxRow(trx, {
    meeting_id: mail.meetingId,
    registration_id: mail.registrationId,
    kind: mail.kind,
    dedupe_key: mail.dedupeKey ?? `${mail.registrationId}:${mail.kind}`,
    to_address: mail.to,
    locale: mail.locale,
    payload: mail.payload ? JSON.stringify(mail.payload) : null,
    next_attempt_at: mail.notBefore ?? mail.nowIso,
    created_at: mail.nowIso,
  });
}

/** The same for a stored registration; one without an e-mail address (phone only) gets none. */
export async function queueRegistrationMail(
  trx: Kysely<Database>,
  row: Pick<RegistrationRow, 'id' | 'meeting_id' | 'email' | 'locale'>,
  kind: MailKind,
  nowIso: string,
  extra: Pick<MailToQueue, 'dedupeKey' | 'notBefore' | 'payload'> = {},
): Promise<boolean> {
  if (!row.email) return false;
  return queueMail(trx, {
    meetingId: row.meeting_id,
    registrationId: row.id,
    kind,
    to: row.email,
    locale: row.locale,
    nowIso,
    ...extra,
  });
}
