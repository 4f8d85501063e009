// Which of a programme's meetings a staff member may act on (moderate proposals, see hidden
// ones): the team rule of every meeting-scoped route — admins all, others the meetings whose
// team holds them as organizer.
import type { MeetingRow } from '../../db/repositories/meetings';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { roleAllows } from '../accounts';
import { meetingRoleOf } from '../teams/access';

/** The ids of those meetings the staff member may act on as an organizer. */
export async function meetingsActedOnBy(
  deps: Deps,
  staff: StaffUser,
  meetings: MeetingRow[],
): Promise<Set<string>> {
  const roles = await Promise.all(meetings.map((m) => meetingRoleOf(deps, staff, m)));
  return new Set(
    meetings.filter((_, i) => roles[i] && roleAllows(roles[i], 'organizer')).map((m) => m.id),
  );
}

/**
 * The meetings of a programme a staff member sees on its dashboard: every published one, and
 * the drafts of their teams (a draft's existence is not public, as on its own routes).
 */
export async function meetingsSeenBy(
  deps: Deps,
  staff: StaffUser,
  meetings: MeetingRow[],
): Promise<MeetingRow[]> {
  const roles = await Promise.all(
    meetings.map((m) => (m.status === 'published' ? 'public' : meetingRoleOf(deps, staff, m))),
  );
  return meetings.filter((_, i) => roles[i] !== null);
}
