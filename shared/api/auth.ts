// What the API answers about staff sign-in and sessions, and what a staff member sends.
import type { StaffRole } from '../enums';

export type { LoginInput, PasswordChange } from '../schemas/staff';

/** `GET /api/auth/me`, and the user of a sign-in. */
export interface SignedInStaff {
  email: string;
  role: StaffRole;
}

/** `POST /api/auth/login`: the session token (also set as an HttpOnly cookie) and who it is. */
export interface LoginResult {
  token: string;
  user: SignedInStaff;
}

/** `GET /api/auth/sessions` (admins): an active session, by a public id that reveals no token. */
export interface SessionView {
  id: string;
  userId: string;
  email: string;
  role: StaffRole;
  createdAt: string;
  expiresAt: string;
}

/** `POST /api/auth/sessions/:id/revoke`: revoking it again answers the first time's instant. */
export interface SessionRevoked {
  id: string;
  revokedAt: string;
}
