// Staff accounts (admins), and each staff member's own password. Network only.
import type { PasswordChange } from '../../shared/api/auth';
import type { CreatedUser, NewUser, UserPatch, UserView } from '../../shared/api/users';
import { apiRequest } from './http';

export type { CreatedUser, UserView };

export function listUsers(signal?: AbortSignal): Promise<UserView[]> {
  return apiRequest<UserView[]>('/api/users', { signal });
}

export function createUser(input: NewUser): Promise<CreatedUser> {
  return apiRequest<CreatedUser>('/api/users', { method: 'POST', body: input });
}

export function updateUser(id: string, patch: UserPatch): Promise<UserView> {
  return apiRequest<UserView>(`/api/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: patch,
  });
}

/** The signed-in member's own password; their other sessions end. */
export function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  const body: PasswordChange = { currentPassword, newPassword };
  return apiRequest<void>('/api/auth/password', { method: 'POST', body });
}
