// What middleware leaves on the request context for the handlers after it.
import type { StaffRole } from '../../shared/enums';
import type { MeetingRow } from '../db/repositories/meetings';

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
    /** Set by the meeting gate: the meeting of the route, and the asker's role on it. */
    meeting: MeetingRow;
    meetingRole: StaffRole | null;
  };
}
