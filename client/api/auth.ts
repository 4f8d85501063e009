// Staff sign-in: the server sets an HttpOnly session cookie that later requests carry.
import type { LoginInput, LoginResult, SignedInStaff } from '../../shared/api/auth';
import { ApiError, apiRequest } from './http';

export type { LoginResult };

export function login(email: string, password: string): Promise<LoginResult> {
  const body: LoginInput = { email, password };
  return apiRequest<LoginResult>('/api/auth/login', { method: 'POST', body });
}

export function logout(): Promise<void> {
  return apiRequest<void>('/api/auth/logout', { method: 'POST' });
}

/** The signed-in staff member, or null when nobody is signed in on this device. */
export async function me(signal?: AbortSignal): Promise<SignedInStaff | null> {
  try {
    return await apiRequest<SignedInStaff>('/api/auth/me', { signal });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}
