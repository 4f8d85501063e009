// Whom feedback is linked to: a participant's private-link token for this very meeting, or
// nobody (anonymous). Staff typing in paper forms post anonymously.
import { sha256Hex } from '../../auth/tokens';
import { registrationByManageToken } from '../../db/repositories/feedback';
import type { MeetingRow } from '../../db/repositories/meetings';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { DomainError } from '../../core/domainError';

/**
 * The registration a Bearer token links feedback to. A token that is no registration's of this
 * meeting is refused (401) rather than silently dropped: the person asked to be linked. The
 * lookup is by the token's SHA-256, so its timing says nothing about the token itself.
 */
export async function linkedRegistrationId(
  deps: Deps,
  meeting: MeetingRow,
  bearer: string | null,
  staff: StaffUser | null,
): Promise<string | null> {
  if (!bearer || staff) return null;
  const row = await registrationByManageToken(deps.db.kysely, meeting.id, sha256Hex(bearer));
  if (!row) throw new DomainError('unauthorized');
  return row.id;
}
