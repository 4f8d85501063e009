// What the API answers the check-in desks: the roster, the counts, the audit list, what each
// desk has sent, and the answer to a batch of scans; and the requests they post.
import type { CheckinMethod, CheckinOutcome } from '../schemas/checkin';

export type { CheckinMethod, CheckinOutcome };
export type { CheckinBatch, CheckinEventInput, WorkshopChange } from '../schemas/checkin';

/** One person of the roster: what a desk needs, and nothing of how to contact them. */
export interface RosterAttendee {
  id: string;
  fullName: string;
  organization: string | null;
  status: string;
  workshopId: string | null;
  checkedInAt: string | null;
  ticketHash: string;
  /** SHA-256 (hex) of the typeable ticket code, upper case without the dash. */
  codeHash: string | null;
}

/** What one event of a batch came to. */
export interface CheckinResult {
  id: string;
  outcome: CheckinOutcome;
  registrationId?: string;
  checkedInAt?: string;
}

/** `GET …/roster`: the whole roster, or with `?since=` only who changed since. */
export interface Roster {
  generatedAt: string;
  /** Present on a partial roster: people changed since then, whatever their status. */
  since?: string;
  attendees: RosterAttendee[];
}

export interface WorkshopLoad {
  expected: number;
  arrived: number;
  /** Advisory: the desk may send more people to a workshop than its capacity. */
  capacity: number | null;
}

/** `GET …/checkins/summary`. */
export interface CheckinSummary {
  expected: number;
  arrived: number;
  /** Per workshop id, and "none" for people without one. */
  byWorkshop: Record<string, WorkshopLoad>;
  /** Arrivals per deviceId, credited to the desk that scanned the person first. */
  byDevice: Record<string, number>;
  generatedAt: string;
}

/** One line of the audit list (`GET …/checkins`): what a desk posted and what it got. */
export interface CheckinEventView {
  id: string;
  registrationId: string | null;
  /** The name the event matched, so the list reads without the roster at hand. */
  fullName: string | null;
  deviceId: string;
  method: CheckinMethod;
  at: string;
  outcome: CheckinOutcome;
  receivedAt: string;
}

/** What `POST …/checkins` answers: one result per event, in order. */
export interface CheckinAnswer {
  results: CheckinResult[];
}

/** `GET …/checkins/devices`: what the server holds from one desk (deviceId) of the meeting. */
export interface DeskDevice {
  deviceId: string;
  /** The latest scan it sent (ISO). */
  lastEventAt: string;
  lastReceivedAt: string;
  events: number;
  /** Sent by the account asking. */
  mine: boolean;
}

/** `POST …/attendees/:id/workshop`: the attendee moved, and the new head count of its group. */
export type MovedAttendee = RosterAttendee & {
  workshopLoad: WorkshopLoad & { workshopId: string };
};
