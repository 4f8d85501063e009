// The desk moves a person to another workshop group (or to none). Workshop capacities are
// advisory here: the move is made and the new head count returned for the desk to judge.
import type { Locale } from '../../../shared/enums';
import { validationMessage } from '../../../shared/i18n/validationMessages';
import { audit } from '../../db/repositories/audit';
import { findRosterRow, moveWorkshop, workshopCounts } from '../../db/repositories/checkins';
import type { MeetingRow } from '../../db/repositories/meetings';
import { inWriteTransaction } from '../../db/writeBatch';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { DomainError } from '../../core/domainError';
import { knownWorkshop } from '../registration/rules';
import { meetingInputOf } from '../meetingView';
import { toAttendee } from './roster';
import type { MovedAttendee } from '../../../shared/api/checkins';
import { NO_WORKSHOP, workshopCapacity } from './summary';
import { withTicketHashes } from './tickets';

export async function changeWorkshop(
  deps: Deps,
  meeting: MeetingRow,
  registrationId: string,
  workshopId: string | null,
  staff: StaffUser,
  locale: Locale,
): Promise<MovedAttendee> {
  if (workshopId !== null && !knownWorkshop(meetingInputOf(meeting), workshopId)) {
    throw new DomainError('validation', {
      errors: [{ path: 'workshopId', message: validationMessage('choice', locale) }],
    });
  }
  const db = deps.db.kysely;
  const nowIso = deps.now().toISOString();
  // Compare-and-set from the group read: a move racing another desk's move or a decision is
  // read again and tried once more, so the last move wins and nobody off the roster is moved.
  let before = await findRosterRow(db, meeting.id, registrationId);
  for (let attempt = 0; ; attempt++) {
    // Only people on the roster: the desk has no business with the others.
    if (!before || before.status !== 'accepted') throw new DomainError('not-found');
    if (before.workshop_id === workshopId) break;
    const from = before.workshop_id;
    const moved = await inWriteTransaction(deps.db, async (trx) => {
      if (!(await moveWorkshop(trx, registrationId, { from, to: workshopId }, nowIso)))
        return false;
      await audit(trx, {
        at: nowIso,
        actor: staff.id,
        action: 'registration.workshop',
        subject: registrationId,
        detail: { from, to: workshopId },
      });
      return true;
    });
    if (moved) break;
    if (attempt >= 2) throw new DomainError('conflict');
    before = await findRosterRow(db, meeting.id, registrationId);
  }
  const [after] = await withTicketHashes(deps, [{ ...before, workshop_id: workshopId }]);
  const [count] = await workshopCounts(db, meeting.id, { workshopId });
  return {
    ...toAttendee(after as NonNullable<typeof after>),
    workshopLoad: {
      workshopId: workshopId ?? NO_WORKSHOP,
      expected: count?.expected ?? 0,
      arrived: count?.arrived ?? 0,
      capacity: workshopCapacity(meeting, workshopId),
    },
  };
}
