// Meeting teams: who besides admins may act on a meeting, and as what.
import type { Kysely } from 'kysely';
import type { StaffRole, TeamRole } from '../../../shared/enums';
import type { Database } from '../schema';

export interface TeamMemberRow {
  userId: string;
  email: string;
  role: TeamRole;
  accountRole: StaffRole;
}

export async function teamRoleOf(
  db: Kysely<Database>,
  meetingId: string,
  userId: string,
): Promise<TeamRole | undefined> {
  const row = await db
    .selectFrom('meeting_team')
    .select('role')
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

export function teamOf(db: Kysely<Database>, meetingId: string): Promise<TeamMemberRow[]> {
  return db
    .selectFrom('meeting_team')
    .innerJoin('users', 'users.id', 'meeting_team.user_id')
    .select(['users.id as userId', 'users.email', 'meeting_team.role', 'users.role as accountRole'])
    .where('meeting_team.meeting_id', '=', meetingId)
    .orderBy('meeting_team.role', 'desc')
    .orderBy('users.email')
    .execute();
}

/** Adds the user to the team, or changes their role there; the same call twice changes nothing. */
export async function putTeamMember(
  db: Kysely<Database>,
  member: { meetingId: string; userId: string; role: TeamRole; at: string; by: string | null },
): Promise<void> {
  await db
    .insertInto('meeting_team')
    .values({
      meeting_id: member.meetingId,
      user_id: member.userId,
      role: member.role,
      added_at: member.at,
      added_by: member.by,
    })
    .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doUpdateSet({ role: member.role }))
    .execute();
}

export async function removeTeamMember(
  db: Kysely<Database>,
  meetingId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('meeting_team')
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
