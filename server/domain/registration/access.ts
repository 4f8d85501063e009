// Who may see or change a registration: its participant (private link token) or an organizer.
// Another participant's token answers 404, exactly as for an id that does not exist.
import { timingSafeEqual } from 'node:crypto';
import { sha256Hex } from '../../auth/tokens';
import { findRegistration, type RegistrationRow } from '../../db/repositories/registrations';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../http/env';
import { roleAllows } from '../accounts';
import { DomainError } from '../errors';

export async function registrationFor(
  deps: Deps,
  id: string,
  bearer: string | null,
  staff: StaffUser | null,
): Promise<RegistrationRow> {
  if (staff && !roleAllows(staff.role, 'organizer')) throw new DomainError('forbidden');
  if (!staff && !bearer) throw new DomainError('unauthorized');
  const row = await findRegistration(deps.db.kysely, id);
  if (!row) throw new DomainError('not-found');
  if (staff) return row;
  const given = Buffer.from(sha256Hex(bearer ?? ''), 'hex');
  const stored = Buffer.from(row.manage_token_hash, 'hex');
  if (given.length !== stored.length || !timingSafeEqual(given, stored))
    throw new DomainError('not-found');
  return row;
}
