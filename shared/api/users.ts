// What the API answers admins about staff accounts, and what they send to make and change them.
import type { StaffRole } from '../enums';

export type { NewUser, UserPatch } from '../schemas/staff';

/** An account as `GET /api/users` lists it, and as `PATCH /api/users/:id` answers it. */
export interface UserView {
  id: string;
  email: string;
  role: StaffRole;
  disabled: boolean;
  lastLoginAt: string | null;
}

/** `POST /api/users` → 201. */
export interface CreatedUser {
  id: string;
  email: string;
  role: StaffRole;
}
