// Add a staff account (admins): e-mail, first password, role. Rejects with the server's refusal.
import type { StaffRole } from '../../../shared/enums';
import { createUser } from '../../api/users';

export function createStaffUser(input: {
  email: string;
  password: string;
  role: StaffRole;
}): Promise<{ id: string; email: string; role: StaffRole }> {
  return createUser(input);
}
