// The records the device keeps in IndexedDB; shared by the store, the outbox and the pages.
import type { RegistrationStatus } from '../../shared/enums';
import type { FieldError } from '../../shared/errors';

export type OutboxState = 'waiting' | 'sending' | 'sent' | 'refused';
export type OutboxKind = 'registration' | 'checkin' | 'feedback' | 'support' | (string & {});

/** A write made on this device, kept until the server has answered it for good. */
export interface OutboxEntry {
  /** Client UUID; for records created on the device it is also the record's id. */
  id: string;
  /** Position in the queue: entries are sent strictly in this order. */
  seq: number;
  kind: OutboxKind;
  method: 'POST' | 'PATCH';
  url: string;
  body: unknown;
  headers?: Record<string, string>;
  createdAt: number;
  state: OutboxState;
  attempts: number;
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
}
