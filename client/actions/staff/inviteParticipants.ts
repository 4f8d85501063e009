// Create a batch of invitation codes for an institution (they let the invited register from
// outside the target regions); resolves with the new codes, rejects with the server's refusal.
import { createInvitations } from '../../api/invitations';

export function inviteParticipants(
  slug: string,
  input: { count: number; label: string },
): Promise<Array<{ code: string; label: string }>> {
  return createInvitations(slug, input);
}
