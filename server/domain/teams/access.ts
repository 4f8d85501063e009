// The one rule for "may this staff user act on this meeting, and as what". Admins act on every
// meeting; anyone else only on the meetings whose team holds them, and never above their
// account's own role (a check-in account put on a team as organizer stays check-in staff).
import type { StaffRole } from '../../../shared/enums';
import type { MeetingRow } from '../../db/repositories/meetings';
import { teamRoleOf } from '../../db/repositories/team';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { roleAllows } from '../accounts';
import { DomainError } from '../../core/domainError';

/** The role this user holds on this meeting, or null when they are not on its team. */
export async function meetingRoleOf(
  deps: Deps,
  staff: StaffUser,
  meeting: MeetingRow,
): Promise<StaffRole | null> {
  if (staff.role === 'admin') return 'admin';
  const teamRole = await teamRoleOf(deps.db.kysely, meeting.id, staff.id);
  if (!teamRole) return null;
  return roleAllows(staff.role, teamRole) ? teamRole : staff.role;
}

/**
 * Throws unless `staff` may act on `meeting` with at least `needed`: 401 without a session;
 * outside the team 404 for a draft (its existence is not public) and 403 otherwise.
 */
export async function assertMeetingAccess(
  deps: Deps,
  staff: StaffUser | null,
  meeting: MeetingRow,
  needed: StaffRole,
): Promise<StaffRole> {
  if (!staff) throw new DomainError('unauthorized');
  const role = await meetingRoleOf(deps, staff, meeting);
  if (!role) throw new DomainError(meeting.status === 'published' ? 'forbidden' : 'not-found');
  if (!roleAllows(role, needed)) throw new DomainError('forbidden');
  return role;
}

/**
 * For public routes of a meeting: the role the asker holds there, or null for the public
 * (staff off the team count as the public). A draft is not-found to everyone off its team.
 */
export async function publicMeetingRole(
  deps: Deps,
  staff: StaffUser | null,
  meeting: MeetingRow,
): Promise<StaffRole | null> {
  const role = staff ? await meetingRoleOf(deps, staff, meeting) : null;
  if (!role && meeting.status !== 'published') throw new DomainError('not-found');
  return role;
}
