// What middleware leaves on the request context for the handlers after it.
import type { StaffRole } from '../../shared/enums';

export interface StaffUser {
  id: string;
  email: string;
  role: StaffRole;
}

export interface AppEnv {
  Variables: {
    rawBody: Buffer;
    bodyLocale: unknown;
    staff: StaffUser | null;
  };
}
