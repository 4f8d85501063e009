// What the API answers about the signed-in staff member.
import type { StaffRole } from '../enums';

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
