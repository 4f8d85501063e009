// Change a staff account (admins): its role, a new password, shut or reopen it (the server
// ends its sessions). Resolves with the account as it is now.
import type { UserPatch } from '../../../shared/schemas/staff';
import type { UserView } from '../../../shared/api/users';
import { updateUser } from '../../api/users';

export type { UserPatch };

export function changeStaffUser(id: string, patch: UserPatch): Promise<UserView> {
  return updateUser(id, patch);
}
