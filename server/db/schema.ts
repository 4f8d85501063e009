// Table shapes as Kysely sees them. Instants are ISO 8601 UTC text ("…Z") on both engines,
// so they sort as text and the same code reads them from SQLite and PostgreSQL.
import type { Generated } from 'kysely';
import type {
  AgeBand,
  Gender,
  Locale,
  MeetingStatus,
  OutboxChannel,
  OutboxStatus,
  ProposalStatus,
  RegistrationSource,
  RegistrationStatus,
  Role,
  StaffRole,
  TeamRole,
} from '../../shared/enums';
import type { CheckinMethod, CheckinOutcome } from '../../shared/schemas/checkin';
import type { FeedbackKind } from '../../shared/schemas/feedback';
import type { SupportDecision } from '../../shared/schemas/support';

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: StaffRole;
  created_at: string;
  /** Set when an admin shut the account: its sessions end and it cannot sign in. */
  disabled_at: Generated<string | null>;
  last_login_at: Generated<string | null>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** The last request it authenticated (to the minute or so): idle sessions end. */
  last_seen_at: Generated<string | null>;
}

/** Who may act on a meeting besides admins, and as what. */
export interface MeetingTeamTable {
  meeting_id: string;
  user_id: string;
  role: TeamRole;
  added_at: string;
  added_by: string | null;
}

/** A throttle's or rate limit's counter: hits within the window that ends at `resets_at`. */
export interface RateLimitsTable {
  key: string;
  hits: number;
  resets_at: string;
}

export interface MeetingsTable {
  id: string;
  slug: string;
  status: MeetingStatus;
  timezone: string;
  starts_at: string;
  ends_at: string;
  opens_at: string;
  closes_at: string;
  capacity: number;
  /** The meeting as the organizer wrote it (MeetingInput), as JSON. */
  data: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  seats_taken: Generated<number>;
  /** The programme the meeting belongs to, if any. */
  programme_id: string | null;
  /** When the retention period ran out and every registration's personal data was erased. */
  personal_data_erased_at: string | null;
}

/** A national process whose meetings are seen together (its slug is fixed once created). */
export interface ProgrammesTable {
  id: string;
  slug: string;
  /** Title and description (ProgrammeInput without the slug), as JSON. */
  data: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor: string | null;
  action: string;
  subject: string;
  detail: string | null;
}

export interface RegistrationsTable {
  seq: Generated<number>;
  id: string;
  meeting_id: string;
  full_name: string;
  /** The name folded for search (Arabic letter forms, case, accents). */
  search_name: string;
  gender: Gender;
  age_band: AgeBand;
  role: Role;
  organization: string | null;
  province_code: string;
  email: string | null;
  phone: string | null;
  locale: Locale;
  /** JSON array of needs. */
  accessibility: string;
  accessibility_note: string | null;
  workshop_id: string | null;
  consent_at: string;
  photo_consent: number;
  source: RegistrationSource;
  invitation_code: string | null;
  status: RegistrationStatus;
  /** The status the first answer gave, replayed to a device that sends the same id again. */
  first_status: RegistrationStatus;
  request_hash: string;
  manage_token_hash: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  checked_in_at: string | null;
  /** SHA-256 (hex) of the QR ticket token; the token is derived from the id, never stored. */
  ticket_hash: string | null;
  /** SHA-256 (hex) of the typeable ticket code (upper case, no dash); derived, never stored. */
  ticket_code_hash: string | null;
  /** When the person's data was erased (their request, or the meeting's retention period). */
  erased_at: string | null;
  /**
   * Search terms of name + organization (shared/search/terms.ts serializeTerms): folded words and
   * cross-script keys. Null until derived; personal data, cleared with the name on erasure.
   */
  name_keys: string | null;
}

/** Bumped when a registration's name or organization changes after it was written. */
export interface MeetingNameVersionsTable {
  meeting_id: string;
  version: number;
}

export interface InvitationsTable {
  code: string;
  meeting_id: string;
  label: string;
  created_at: string;
  created_by: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface OutboxTable {
  id: Generated<number>;
  meeting_id: string;
  registration_id: string | null;
  kind: string;
  /** email | sms (OutboxChannel) */
  channel: Generated<OutboxChannel>;
  /** Unique: `${registrationId}:${kind}`, or with the local date for reminders. */
  dedupe_key: string;
  to_address: string;
  locale: Locale;
  /** JSON details the template needs beyond the registration (e.g. a promotion). */
  payload: string | null;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: string;
  /** While `sending`: when the claim lapses and another worker may take the row over. */
  lease_until: string | null;
  /** While `sending`: whose claim it is; renewing and settling the row require it. */
  lease_token: string | null;
  sent_at: string | null;
  message_id: string | null;
  last_error: string | null;
  created_at: string;
}

/** One check-in attempt as a desk recorded it; kept for ever, replayed by its client id. */
export interface CheckinEventsTable {
  id: string;
  meeting_id: string;
  /** The registration the event resolved to; null when it matched nobody (`unknown`). */
  registration_id: string | null;
  device_id: string;
  method: CheckinMethod;
  /** When the desk scanned, as the device said (ISO UTC). */
  at: string;
  outcome: CheckinOutcome;
  received_at: string;
  staff_id: string | null;
  /** SHA-256 of the event's content: the same id with other content is a conflict. */
  request_hash: string;
}

/** One person's feedback on a meeting; anonymous unless linked to their registration. */
export interface FeedbackTable {
  seq: Generated<number>;
  id: string;
  meeting_id: string;
  registration_id: string | null;
  kind: FeedbackKind;
  workshop_id: string | null;
  rating_overall: number;
  rating_content: number | null;
  rating_organization: number | null;
  rating_logistics: number | null;
  rating_facilitation: number | null;
  /** JSON arrays of strings. */
  problems: string;
  solutions: string;
  expected_results: string;
  comment: string | null;
  locale: Locale;
  request_hash: string;
  created_at: string;
}

/** A solution from a feedback, published at once and moderated by organizers. */
export interface ProposalsTable {
  seq: Generated<number>;
  id: string;
  meeting_id: string;
  feedback_id: string;
  /** Its place among the feedback's solutions. */
  position: number;
  workshop_id: string | null;
  text: string;
  status: Generated<ProposalStatus>;
  explanation: string | null;
  institution: string | null;
  hidden: Generated<number>;
  merged_into: string | null;
  created_at: string;
  updated_at: string;
}

/** A participant's travel and lodging request; one per registration, decided per list. */
export interface SupportRequestsTable {
  registration_id: string;
  meeting_id: string;
  /** 1 when asked for, 0 otherwise (both 0: withdrawn). */
  travel: number;
  lodging: number;
  departure_province_code: string;
  nights: number | null;
  note: string | null;
  travel_decision: Generated<SupportDecision>;
  lodging_decision: Generated<SupportDecision>;
  requested_at: string;
  updated_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface Database {
  registrations: RegistrationsTable;
  invitations: InvitationsTable;
  settings: SettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  meetings: MeetingsTable;
  meeting_name_versions: MeetingNameVersionsTable;
  programmes: ProgrammesTable;
  audit_log: AuditLogTable;
  checkin_events: CheckinEventsTable;
  outbox: OutboxTable;
  feedback: FeedbackTable;
  proposals: ProposalsTable;
  support_requests: SupportRequestsTable;
  meeting_team: MeetingTeamTable;
  rate_limits: RateLimitsTable;
}
