// A meeting's team as its organizers manage it: list, put someone on it (or change their role),
// take someone off. Every change is audited; the same change twice answers the same team.
import type { Locale, TeamRole } from '../../../shared/enums';
import { validationMessage } from '../../../shared/i18n/validationMessages';
import type { TeamMember } from '../../../shared/api/team';
import { audit } from '../../db/repositories/audit';
import type { MeetingRow } from '../../db/repositories/meetings';
import { putTeamMember, removeTeamMember, teamOf } from '../../db/repositories/team';
import { findUserByEmail, findUserById } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { roleAllows } from '../accounts';
import { DomainError } from '../../core/domainError';

export async function teamView(deps: Deps, meeting: MeetingRow): Promise<TeamMember[]> {
  const rows = await teamOf(deps.db.kysely, meeting.id);
  return rows.map(({ userId, email, role }) => ({ userId, email, role }));
}

function refused(path: string, key: 'teamUnknownUser' | 'teamCheckinOnly', locale: Locale) {
  return new DomainError('validation', {
    errors: [{ path, message: validationMessage(key, locale) }],
  });
}

export async function putOnTeam(
  deps: Deps,
  meeting: MeetingRow,
  userId: string,
  role: TeamRole,
  actor: StaffUser,
  locale: Locale,
): Promise<TeamMember[]> {
  const db = deps.db.kysely;
  const user = await findUserById(db, userId);
  if (!user) throw new DomainError('not-found');
  // A check-in account never sees contact details, whatever team it is on.
  if (!roleAllows(user.role, role)) throw refused('role', 'teamCheckinOnly', locale);
  const at = deps.now().toISOString();
  await putTeamMember(db, { meetingId: meeting.id, userId, role, at, by: actor.id });
  await audit(db, {
    at,
    actor: actor.id,
    action: 'team.put',
    subject: meeting.id,
    detail: { userId, role },
  });
  return teamView(deps, meeting);
}

/** The staff screen adds people by the e-mail they sign in with. */
export async function putOnTeamByEmail(
  deps: Deps,
  meeting: MeetingRow,
  email: string,
  role: TeamRole,
  actor: StaffUser,
  locale: Locale,
): Promise<TeamMember[]> {
  const user = await findUserByEmail(deps.db.kysely, email);
  if (!user) throw refused('email', 'teamUnknownUser', locale);
  return putOnTeam(deps, meeting, user.id, role, actor, locale);
}

export async function takeOffTeam(
  deps: Deps,
  meeting: MeetingRow,
  userId: string,
  actor: StaffUser,
): Promise<TeamMember[]> {
  const db = deps.db.kysely;
  if (await removeTeamMember(db, meeting.id, userId)) {
    await audit(db, {
      at: deps.now().toISOString(),
      actor: actor.id,
      action: 'team.remove',
      subject: meeting.id,
      detail: { userId },
    });
  }
  return teamView(deps, meeting);
}
