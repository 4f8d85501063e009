// Open a programme's dashboard (organizers): each meeting's counts and every proposal, marked
// with whether this organizer's team may decide on it.
import type { ProgrammeDashboard } from '../../../shared/api/programmes';
import { getDashboard } from '../../api/programmes';

export function loadProgrammeDashboard(
  slug: string,
  signal?: AbortSignal,
): Promise<ProgrammeDashboard> {
  return getDashboard(slug, signal);
}
