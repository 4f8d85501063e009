// The outbox as organizers see it: each e-mail's and SMS's state, its failure reason, and a
// resend of a failed one. `sending` is an internal step and reads as `queued`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MeetingRow } from '../db/repositories/meetings';
import {
  findOutboxRow,
  listOutboxRows,
  requeueFailed,
  type OutboxRow,
} from '../db/repositories/outbox';
import type { Deps } from '../deps';
import { DomainError } from '../core/domainError';
import type { OutboxItem } from '../../shared/api/outbox';
import { smsDirectory, smsFileName } from '../sms/transport';
import { emlFileName } from './delivery';
import { mailQueued } from './notifier';
import { emlDirectory } from './transport';

export function toOutboxItem(row: OutboxRow): OutboxItem {
  const status = row.status === 'sent' || row.status === 'failed' ? row.status : 'queued';
  return {
    id: row.id,
    to: row.to_address,
    channel: row.channel,
    kind: row.kind,
    status,
    attempts: row.attempts,
    createdAt: row.created_at,
    ...(status === 'queued' ? { nextAttemptAt: row.next_attempt_at } : {}),
    ...(row.sent_at ? { sentAt: row.sent_at } : {}),
    ...(row.message_id ? { messageId: row.message_id } : {}),
    ...(row.last_error ? { lastError: row.last_error } : {}),
  };
}

export async function outboxOf(deps: Deps, meeting: MeetingRow): Promise<OutboxItem[]> {
  return (await listOutboxRows(deps.db.kysely, meeting.id)).map(toOutboxItem);
}

async function rowOr404(deps: Deps, meeting: MeetingRow, id: string): Promise<OutboxRow> {
  const n = Number(id);
  const row =
    Number.isSafeInteger(n) && n > 0
      ? await findOutboxRow(deps.db.kysely, meeting.id, n)
      : undefined;
  if (!row) throw new DomainError('not-found');
  return row;
}

/** Puts a failed e-mail back in the queue, due now; anything else is a 409 conflict. */
export async function resendFailed(
  deps: Deps,
  meeting: MeetingRow,
  id: string,
): Promise<OutboxItem> {
  const row = await rowOr404(deps, meeting, id);
  if (!(await requeueFailed(deps.db.kysely, row.id, deps.now().toISOString())))
    throw new DomainError('conflict');
  mailQueued(deps.db);
  return toOutboxItem((await findOutboxRow(deps.db.kysely, meeting.id, row.id)) as OutboxRow);
}

/** The .eml file of a sent e-mail on the embedded transport (no SMTP_URL). */
export async function emlOf(
  deps: Deps,
  meeting: MeetingRow,
  id: string,
): Promise<{ fileName: string; content: Buffer }> {
  if (deps.config.smtpUrl) throw new DomainError('not-found');
  const row = await rowOr404(deps, meeting, id);
  if (row.status !== 'sent' || row.channel !== 'email') throw new DomainError('not-found');
  const fileName = emlFileName(row);
  try {
    return {
      fileName,
      content: await readFile(path.join(emlDirectory(deps.config.dataDir), fileName)),
    };
  } catch {
    throw new DomainError('not-found');
  }
}

/** The .txt copy of a sent SMS on the embedded transport (no SMS_URL). */
export async function smsTextOf(
  deps: Deps,
  meeting: MeetingRow,
  id: string,
): Promise<{ fileName: string; content: Buffer }> {
  if (deps.config.smsUrl) throw new DomainError('not-found');
  const row = await rowOr404(deps, meeting, id);
  if (row.status !== 'sent' || row.channel !== 'sms') throw new DomainError('not-found');
  const fileName = smsFileName(row);
  try {
    return {
      fileName,
      content: await readFile(path.join(smsDirectory(deps.config.dataDir), fileName)),
    };
  } catch {
    throw new DomainError('not-found');
  }
}
