// Open a meeting's invitation codes, with each code's use.
import type { Invitation } from '../../../shared/api/invitations';
import { listInvitations } from '../../api/invitations';

export function loadInvitations(slug: string, signal?: AbortSignal): Promise<Invitation[]> {
  return listInvitations(slug, signal);
}
