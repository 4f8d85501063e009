// Who may see or change a registration: its participant (private link token) or an organizer
// of its meeting's team. Another participant's token answers 404, exactly as for an id that
// does not exist.
import { timingSafeEqual } from 'node:crypto';
import { sha256Hex } from '../../auth/tokens';
import { findMeetingById } from '../../db/repositories/meetings';
import { findRegistration, type RegistrationRow } from '../../db/repositories/registrations';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { DomainError } from '../../core/domainError';
import { assertMeetingAccess } from '../teams/access';

export async function registrationFor(
  deps: Deps,
  id: string,
  bearer: string | null,
  staff: StaffUser | null,
): Promise<RegistrationRow> {
  if (!staff && !bearer) throw new DomainError('unauthorized');
  const row = await findRegistration(deps.db.kysely, id);
  if (!row) throw new DomainError('not-found');
  if (staff) {
    const meeting = await findMeetingById(deps.db.kysely, row.meeting_id);
    if (!meeting) throw new DomainError('not-found');
    await assertMeetingAccess(deps, staff, meeting, 'organizer');
    return row;
  }
  // An erased registration has no token any more: it answers as if it never existed.
  if (row.erased_at) throw new DomainError('not-found');
  const given = Buffer.from(sha256Hex(bearer ?? ''), 'hex');
  const stored = Buffer.from(row.manage_token_hash, 'hex');
  if (given.length !== stored.length || !timingSafeEqual(given, stored))
    throw new DomainError('not-found');
  return row;
}
