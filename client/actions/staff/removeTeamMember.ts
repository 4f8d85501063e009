// Take someone off the meeting's team; resolves with the team as it is now.
import type { TeamMember } from '../../../shared/api/team';
import { removeFromTeam } from '../../api/team';

export function removeTeamMember(slug: string, userId: string): Promise<TeamMember[]> {
  return removeFromTeam(slug, userId);
}
