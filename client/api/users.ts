// Staff accounts (admins), and each staff member's own password. Network only.
import type { StaffRole } from '../../shared/enums';
import type { UserPatch, UserView } from '../../shared/schemas/staff';
import { apiRequest } from './http';

export function listUsers(signal?: AbortSignal): Promise<UserView[]> {
  return apiRequest<UserView[]>('/api/users', { signal });
}

export function createUser(input: {
  email: string;
  password: string;
  role: StaffRole;
}): Promise<{ id: string; email: string; role: StaffRole }> {
  return apiRequest('/api/users', { method: 'POST', body: input });
}

export function updateUser(id: string, patch: UserPatch): Promise<UserView> {
  return apiRequest<UserView>(`/api/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: patch,
  });
}

/** The signed-in member's own password; their other sessions end. */
export function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  return apiRequest<void>('/api/auth/password', {
    method: 'POST',
    body: { currentPassword, newPassword },
  });
}
