// Staff sign-in: the server sets an HttpOnly session cookie that later requests carry.
import type { LoginResult, SignedInStaff } from '../../shared/api/auth';
import { ApiError, apiRequest } from './http';

/** The client's name for the signed-in staff member. */
export type StaffUser = SignedInStaff;
export type { LoginResult };

export function login(email: string, password: string): Promise<LoginResult> {
  return apiRequest<LoginResult>('/api/auth/login', { method: 'POST', body: { email, password } });
}

export function logout(): Promise<void> {
  return apiRequest<void>('/api/auth/logout', { method: 'POST' });
}

/** The signed-in staff member, or null when nobody is signed in on this device. */
export async function me(signal?: AbortSignal): Promise<StaffUser | null> {
  try {
    return await apiRequest<StaffUser>('/api/auth/me', { signal });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}
