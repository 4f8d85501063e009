// Staff sign-in: the server sets an HttpOnly session cookie that later requests carry.
import type { StaffRole } from '../../shared/enums';
import { ApiError, apiRequest } from './http';

export interface StaffUser {
  email: string;
  role: StaffRole;
}

export interface LoginResult {
  token: string;
  user: StaffUser;
}

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
