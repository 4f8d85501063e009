// The records the device keeps in IndexedDB; shared by the store, the write queue and the pages.
import type { RegistrationStatus } from '../../shared/enums';
import type { FieldError } from '../../shared/errors';

export type QueuedWriteState = 'waiting' | 'sending' | 'sent' | 'refused';
/** Every kind of write a device queues; each has its reaction in client/actions/reactions.ts. */
export const WRITE_KINDS = [
  'registration',
  'registration-edit',
  'registration-cancel',
  'support',
  'feedback',
  'checkin',
  'checkin-workshop',
] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

/** A write made on this device, kept until the server has answered it for good. */
export interface QueuedWrite {
  /** Client UUID; for records created on the device it is also the record's id. */
  id: string;
  /** Position in the queue: entries are sent strictly in this order. */
  seq: number;
  kind: WriteKind;
  method: 'POST' | 'PATCH';
  url: string;
  body: unknown;
  headers?: Record<string, string>;
  createdAt: number;
  state: QueuedWriteState;
  attempts: number;
  /**
   * The failed sends the server answered (5xx, 408, 429): only they grow the long backoff.
   * Tries that met a dead network are counted in `attempts` alone (absent: none yet).
   */
  serverFailures?: number;
  nextAttemptAt: number;
  /** The server's answer: kept for `sent` and `refused`, and for a 5xx/408/429 being retried. */
  response?: { status: number; body: unknown };
  error?: string;
}

/** The `application/problem+json` body of a refusal, as far as the client needs it. */
export interface ProblemBody {
  title?: string;
  detail?: string;
  code?: string;
  status?: number;
  errors?: FieldError[];
}

/** `waiting` until the server answers, then the server's status, or `refused`. */
export type LocalRegistrationStatus = 'waiting' | 'refused' | RegistrationStatus;

export interface MeetingTitle {
  ar: string;
  fr?: string;
  en?: string;
}

/** One of the participant's own registrations made on this device. */
export interface LocalRegistration {
  id: string;
  meetingSlug: string;
  /** A snapshot, so "My registrations" reads well offline. */
  meetingTitle: MeetingTitle;
  fullName: string;
  status: LocalRegistrationStatus;
  manageToken?: string;
  problem?: ProblemBody;
  createdAt: number;
  updatedAt: number;
  /**
   * The QR ticket's token, kept so the ticket shows offline at the door: set while the
   * registration is accepted, null once it is not. Absent on records saved before tickets.
   */
  ticketToken?: string | null;
  /** The typeable ticket code (`XXXX-XXXX`) shown under the QR, kept alongside the token. */
  ticketCode?: string | null;
}

/** A person of a meeting's roster as the check-in desk keeps it: never any contact details. */
export interface RosterEntry {
  id: string;
  meetingSlug: string;
  fullName: string;
  organization: string | null;
  /** `accepted` for people on the list; other statuses come from roster changes (red at the desk). */
  status: string;
  workshopId: string | null;
  /** The server's arrival time (the earliest scan of any desk), as of the last refresh. */
  checkedInAt: string | null;
  /** The desk (deviceId) whose scan that was, once known. */
  checkedInBy?: string | null;
  /** SHA-256 (hex) of the QR ticket's token; null for a walk-in the server has not listed yet. */
  ticketHash: string | null;
  /** SHA-256 (hex) of the typeable ticket code (upper case, no dash); absent on older copies. */
  codeHash?: string | null;
  /** A workshop change made at this desk that the write queue has not delivered yet. */
  workshopChange?: { workshopId: string | null; entryId: string };
  /** A walk-in registered at this desk, until the server lists it (or refuses it). */
  walkIn?: { state: 'waiting' | 'refused'; problem?: string };
}

/** One check-in event recorded at this desk (the write queue carries it to the server). */
export interface LocalCheckin {
  /** The event's client UUID, as posted. */
  id: string;
  meetingSlug: string;
  deviceId: string;
  /** The person the desk matched; null when the ticket was not on this device's roster. */
  registrationId: string | null;
  method: 'qr' | 'code' | 'search' | 'walk-in';
  /** When the desk scanned, as an ISO instant. */
  at: string;
  /** What the desk answered on the spot. */
  local: 'checked-in' | 'already-checked-in' | 'unknown' | 'not-accepted';
  /** The server's answer once the event is synced. */
  server?: { outcome: string; registrationId?: string; checkedInAt?: string };
}
