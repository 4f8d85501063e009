// "Send my link again": the private link and ticket code of the live registrations of a meeting
// that use this e-mail or phone, by the channels the one rule picks (and to the phone asked
// with), at most three times a Morocco day per registration. Whoever asks learns nothing: the
// caller answers 202 either way.
import type { SmsPolicy } from '../../../shared/enums';
import type { RecoverRequest } from '../../../shared/schemas/registration';
import { MOROCCO_TZ, localDate } from '../../../shared/time/zone';
import type { MeetingRow } from '../../db/repositories/meetings';
import { findLiveByContact } from '../../db/repositories/registrations';
import { inWriteTransaction } from '../../db/writeBatch';
import type { Deps } from '../../deps';
import { smsPolicyOfData } from '../../mail/channels';
import { mailQueued } from '../../mail/notifier';
import { queueRegistrationMail } from '../../mail/queue';

export const RECOVERS_PER_DAY = 3;

/** Found by the phone it was asked with, not by the e-mail: that phone is where they look. */
function askedByPhoneOnly(
  row: { email: string | null; phone: string | null },
  email: string | null,
  phone: string | null,
): boolean {
  return phone !== null && row.phone === phone && !(email && row.email === email.toLowerCase());
}

/**
 * Asked by phone, the link goes to that phone too (it is the one on file), even when the
 * meeting texts only those without an e-mail; a meeting with SMS off sends none.
 */
const bySmsToo = (policy: SmsPolicy): SmsPolicy => (policy === 'off' ? 'off' : 'all');

/** Queues a `recover` message to each matching registration; how many were queued. */
export async function sendLinkAgain(
  deps: Deps,
  meeting: MeetingRow,
  contact: RecoverRequest,
): Promise<number> {
  const email = contact.email ?? null;
  const phone = contact.phone ?? null;
  const rows = await findLiveByContact(deps.db.kysely, meeting.id, email, phone);
  if (rows.length === 0) return 0;
  const now = deps.now();
  const nowIso = now.toISOString();
  const day = localDate(now, MOROCCO_TZ);
  const meetingPolicy = smsPolicyOfData(meeting.data);
  const queued = await inWriteTransaction(deps.db, async (trx) => {
    let added = 0;
    for (const row of rows) {
      const smsPolicy = askedByPhoneOnly(row, email, phone)
        ? bySmsToo(meetingPolicy)
        : meetingPolicy;
      // One outbox key per send of the day: a fourth finds all three taken and queues nothing;
      // two requests at once each take their own (or the same one, and one adds nothing).
      for (let n = 1; n <= RECOVERS_PER_DAY; n++) {
        const extra = { dedupeKey: `${row.id}:recover:${day}:${n}`, smsPolicy };
        if (await queueRegistrationMail(trx, row, 'recover', nowIso, extra)) {
          added++;
          break;
        }
      }
    }
    return added;
  });
  if (queued > 0) mailQueued(deps.db);
  return queued;
}
