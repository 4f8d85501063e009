// Open a meeting's team: who may act on it, and as what.
import type { TeamMember } from '../../../shared/api/team';
import { listTeam } from '../../api/team';

export function loadTeam(slug: string, signal?: AbortSignal): Promise<TeamMember[]> {
  return listTeam(slug, signal);
}
