// What the API answers the check-in desks: the roster, the counts, the audit list, what each
// desk has sent, and the answer to a batch of scans.
import type {
  CheckinMethod,
  CheckinOutcome,
  CheckinResult,
  RosterAttendee,
} from '../schemas/checkin';

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

/** What `POST …/checkins` answers. */
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
