// Open the staff accounts (admins): each with its role, state and last sign-in.
import type { UserView } from '../../../shared/api/users';
import { listUsers } from '../../api/users';

export function loadStaffUsers(signal?: AbortSignal): Promise<UserView[]> {
  return listUsers(signal);
}
