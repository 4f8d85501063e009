// What the API answers about a meeting's team, and what organizers send to change it.
import type { TeamRole } from '../enums';

export type { TeamAdd, TeamRoleInput } from '../schemas/team';

/** One member as `GET /api/meetings/:slug/team` lists them; every change answers the team. */
export interface TeamMember {
  userId: string;
  email: string;
  role: TeamRole;
}
