// A meeting's team (organizers of that meeting only): who may act on it, and as what.
import type { TeamAdd, TeamMember } from '../../shared/api/team';
import type { TeamRole } from '../../shared/enums';
import { apiRequest } from './http';

export type { TeamMember };

const teamOf = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}/team`;

export function listTeam(slug: string, signal?: AbortSignal): Promise<TeamMember[]> {
  return apiRequest<TeamMember[]>(teamOf(slug), { signal });
}

/** Puts the staff account with this e-mail on the team; answers with the team. */
export function addToTeam(slug: string, email: string, role: TeamRole): Promise<TeamMember[]> {
  const body: TeamAdd = { email, role };
  return apiRequest<TeamMember[]>(teamOf(slug), { method: 'POST', body });
}

export function removeFromTeam(slug: string, userId: string): Promise<TeamMember[]> {
  return apiRequest<TeamMember[]>(`${teamOf(slug)}/${encodeURIComponent(userId)}`, {
    method: 'DELETE',
  });
}
