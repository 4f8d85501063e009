// Invitation codes for institutions (regional council, communes, advisory bodies): they let
// the invited register from outside the target regions. Organizers only; network only.
import type {
  CreatedInvitation,
  Invitation,
  InvitationRequest,
} from '../../shared/api/invitations';
import { apiRequest } from './http';

export type { CreatedInvitation, Invitation };

const invitationsOf = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}/invitations`;

export function listInvitations(slug: string, signal?: AbortSignal): Promise<Invitation[]> {
  return apiRequest<Invitation[]>(invitationsOf(slug), { signal });
}

/** Creates `count` (1–500) new codes under one label; answers with the new codes. */
export function createInvitations(
  slug: string,
  input: InvitationRequest,
): Promise<CreatedInvitation[]> {
  return apiRequest<CreatedInvitation[]>(invitationsOf(slug), {
    method: 'POST',
    body: input,
  });
}
