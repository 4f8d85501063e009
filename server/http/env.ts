// What middleware leaves on the request context for the handlers after it.
import type { StaffRole } from '../../shared/enums';
import type { StaffUser } from '../core/staffUser';
import type { MeetingRow } from '../db/repositories/meetings';

export interface AppEnv {
  Variables: {
    rawBody: Buffer;
    bodyLocale: unknown;
    staff: StaffUser | null;
    /** The staff session came from the cookie (which a browser sends to any site's requests). */
    staffByCookie: boolean;
    /** Set by the meeting gate: the meeting of the route, and the asker's role on it. */
    meeting: MeetingRow;
    meetingRole: StaffRole | null;
  };
}
