// Which of a programme's meetings a staff member may act on (moderate proposals, read private
// counts): admins all; an organizer those whose team they are on. Until team membership is
// stored, a meeting's team is the organizer who created it (who joins it by the contract).
import type { MeetingRow } from '../../db/repositories/meetings';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../http/env';
import { roleAllows } from '../accounts';

/** The ids of those meetings the staff member may act on. */
export async function meetingsActedOnBy(
  _deps: Deps,
  staff: StaffUser,
  meetings: Array<Pick<MeetingRow, 'id' | 'created_by'>>,
): Promise<Set<string>> {
  if (staff.role === 'admin') return new Set(meetings.map((m) => m.id));
  if (!roleAllows(staff.role, 'organizer')) return new Set();
  return new Set(meetings.filter((m) => m.created_by === staff.id).map((m) => m.id));
}
