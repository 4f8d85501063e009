// The retention period: once a meeting is `retentionDays` past its end, every registration of
// it is erased (the same erasure as "erase my data", without touching seats or statuses, so
// the reports stay as they were). Run daily; any instance may run it at any time.
import { inWriteTransaction } from '../../db/writeBatch';
import type { MeetingInput } from '../../../shared/schemas/meeting';
import { personalDataEraseAt, retentionDaysOf } from '../../../shared/retention';
import { audit } from '../../db/repositories/audit';
import { erasePersonalData, sentCopiesOf } from '../../db/repositories/erasure';
import { noteMeetingChange } from '../../db/meetingChanges';
import type { Deps } from '../../deps';
import { removeLocalCopies } from './localCopies';

export interface RetentionRun {
  /** Meetings whose registrations were erased in this run, with how many each. */
  erased: Array<{ meetingId: string; slug: string; registrations: number }>;
}

/**
 * Erases the meetings past their retention period. Idempotent: each meeting is claimed by a
 * compare-and-set on `personal_data_erased_at` in the transaction that erases it, so two
 * instances (or two runs) erase it once; a registration added later to an erased meeting (a
 * late walk-in) is erased by the next run. Every erasure is audited: meeting, count, when.
 */
export async function runRetention(deps: Deps): Promise<RetentionRun> {
  const now = deps.now();
  const nowIso = now.toISOString();
  const db = deps.db.kysely;
  const ended = await db
    .selectFrom('meetings')
    .select(['id', 'slug', 'ends_at', 'data', 'personal_data_erased_at'])
    .where('ends_at', '<', nowIso)
    .execute();
  const run: RetentionRun = { erased: [] };
  for (const meeting of ended) {
    const due = personalDataEraseAt(
      meeting.ends_at,
      retentionDaysOf(JSON.parse(meeting.data) as MeetingInput),
    );
    if (due > nowIso) continue;
    const outcome = await inWriteTransaction(deps.db, async (trx) => {
      if (!meeting.personal_data_erased_at) {
        const claimed = await trx
          .updateTable('meetings')
          // A new version: every instance's cached public answer shows the erasure date.
          .set((eb) => ({ personal_data_erased_at: nowIso, version: eb('version', '+', 1) }))
          .where('id', '=', meeting.id)
          .where('personal_data_erased_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) return null; // another run has it
      }
      const count = await erasePersonalData(trx, { meetingId: meeting.id }, nowIso);
      if (count === 0 && meeting.personal_data_erased_at) return null;
      await audit(trx, {
        at: nowIso,
        actor: null,
        action: 'meeting.retention-erase',
        subject: meeting.id,
        detail: { registrations: count, retentionEndedAt: due },
      });
      const copies = await sentCopiesOf(trx, { meetingId: meeting.id });
      return { count, copies };
    });
    if (!outcome) continue;
    noteMeetingChange();
    await removeLocalCopies(deps, outcome.copies);
    run.erased.push({ meetingId: meeting.id, slug: meeting.slug, registrations: outcome.count });
  }
  return run;
}
