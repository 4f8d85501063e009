// The desk moves a person to another workshop group (or to none). Workshop capacities are
// advisory here: the move is made and the new head count returned for the desk to judge.
import type { Locale } from '../../../shared/enums';
import { validationMessage } from '../../../shared/i18n/validationMessages';
import type { RosterAttendee } from '../../../shared/schemas/checkin';
import { audit } from '../../db/repositories/audit';
import { findRosterRow, setWorkshop, workshopCounts } from '../../db/repositories/checkins';
import type { MeetingRow } from '../../db/repositories/meetings';
import { inWriteTransaction } from '../../db/writeBatch';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../http/env';
import { DomainError } from '../errors';
import { knownWorkshop } from '../registration/rules';
import { meetingInputOf } from '../meetingView';
import { toAttendee } from './roster';
import { NO_WORKSHOP, workshopCapacity, type WorkshopLoad } from './summary';
import { withTicketHashes } from './tickets';

export type MovedAttendee = RosterAttendee & {
  workshopLoad: WorkshopLoad & { workshopId: string };
};

export async function changeWorkshop(
  deps: Deps,
  meeting: MeetingRow,
  registrationId: string,
  workshopId: string | null,
  staff: StaffUser,
  locale: Locale,
): Promise<MovedAttendee> {
  if (workshopId !== null && !knownWorkshop(meetingInputOf(meeting), workshopId)) {
    throw new DomainError('validation', undefined, [
      { path: 'workshopId', message: validationMessage('choice', locale) },
    ]);
  }
  const db = deps.db.kysely;
  const before = await findRosterRow(db, meeting.id, registrationId);
  // Only people on the roster: the desk has no business with the others.
  if (!before || before.status !== 'accepted') throw new DomainError('not-found');
  const nowIso = deps.now().toISOString();
  if (before.workshop_id !== workshopId) {
    await inWriteTransaction(deps.db, async (trx) => {
      await setWorkshop(trx, registrationId, workshopId, nowIso);
      const detail = { from: before.workshop_id, to: workshopId };
      await audit(trx, {
        at: nowIso,
        actor: staff.id,
        action: 'registration.workshop',
        subject: registrationId,
        detail,
      });
    });
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
