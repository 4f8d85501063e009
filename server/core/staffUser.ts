// The signed-in staff member a request acts as: what every layer may know of them.
import type { StaffRole } from '../../shared/enums';

export interface StaffUser {
  id: string;
  email: string;
  role: StaffRole;
  /** The SHA-256 of the session token this request came with (to keep it when others end). */
  sessionHash?: string;
}
