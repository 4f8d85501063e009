// Reminders: one per accepted participant (by e-mail or SMS, as the channels rule says), at
// most one a day in the meeting's time zone (the day the reminder is due), now or later.
import type { ReminderRequest } from '../../shared/schemas/outbox';
import { instantToWallTime, localDate, wallTimeToInstant } from '../../shared/time/zone';
import { audit } from '../db/repositories/audit';
import type { MeetingRow } from '../db/repositories/meetings';
import { listRegistrationRows } from '../db/repositories/registrations';
import { inWriteTransaction } from '../db/writeBatch';
import type { Deps } from '../deps';
import { smsPolicyOfData } from './channels';
import { mailQueued } from './notifier';
import { queueRegistrationMail } from './queue';

/** When the reminder is due: the organizer's wall time, N days before the start, or now. */
export function reminderDueAt(meeting: MeetingRow, request: ReminderRequest, now: Date): Date {
  let due = now;
  if (request.at) due = wallTimeToInstant(request.at, meeting.timezone);
  else if (request.daysBefore) {
    const start = instantToWallTime(new Date(meeting.starts_at), meeting.timezone);
    const day = new Date(`${start.slice(0, 10)}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - request.daysBefore);
    due = wallTimeToInstant(
      `${day.toISOString().slice(0, 10)}T${start.slice(11)}`,
      meeting.timezone,
    );
  }
  return due < now ? now : due;
}

export async function queueReminders(
  deps: Deps,
  meeting: MeetingRow,
  request: ReminderRequest,
  actorId: string,
): Promise<{ queued: number; at: string }> {
  const now = deps.now();
  const nowIso = now.toISOString();
  const due = reminderDueAt(meeting, request, now);
  const day = localDate(due, meeting.timezone);
  const queued = await inWriteTransaction(deps.db, async (trx) => {
    const accepted = await listRegistrationRows(trx, meeting.id, { status: 'accepted' });
    const smsPolicy = smsPolicyOfData(meeting.data);
    let added = 0;
    for (const row of accepted) {
      const extra = {
        dedupeKey: `${row.id}:reminder:${day}`,
        notBefore: due.toISOString(),
        smsPolicy,
      };
      if (await queueRegistrationMail(trx, row, 'reminder', nowIso, extra)) added++;
    }
    await audit(trx, {
      at: nowIso,
      actor: actorId,
      action: 'outbox.reminders',
      subject: meeting.id,
      detail: { day, added },
    });
    return added;
  });
  mailQueued(deps.db);
  return { queued, at: due.toISOString() };
}
