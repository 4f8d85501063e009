// A staff member changes their own password; their other sessions end. Rejects with the
// server's refusal (a wrong current password names its field).
import { changeOwnPassword } from '../../api/users';

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return changeOwnPassword(currentPassword, newPassword);
}
