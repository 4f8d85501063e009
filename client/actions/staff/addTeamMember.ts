// Put the staff account with this e-mail on the meeting's team; resolves with the team as it
// is now, rejects with the server's refusal (read it with refusalOf).
import type { TeamRole } from '../../../shared/enums';
import type { TeamMember } from '../../../shared/api/team';
import { addToTeam } from '../../api/team';

export function addTeamMember(slug: string, email: string, role: TeamRole): Promise<TeamMember[]> {
  return addToTeam(slug, email, role);
}
