// Table shapes as Kysely sees them. Instants are ISO 8601 UTC text ("…Z") on both engines,
// so they sort as text and the same code reads them from SQLite and PostgreSQL.
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface MeetingsTable {
  id: string;
  slug: string;
  status: string;
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
  gender: string;
  age_band: string;
  role: string;
  organization: string | null;
  province_code: string;
  email: string | null;
  phone: string | null;
  locale: string;
  /** JSON array of needs. */
  accessibility: string;
  accessibility_note: string | null;
  workshop_id: string | null;
  consent_at: string;
  photo_consent: number;
  source: string;
  invitation_code: string | null;
  status: string;
  /** The status the first answer gave, replayed to a device that sends the same id again. */
  first_status: string;
  request_hash: string;
  manage_token_hash: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  checked_in_at: string | null;
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

export interface Database {
  registrations: RegistrationsTable;
  invitations: InvitationsTable;
  settings: SettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  meetings: MeetingsTable;
  audit_log: AuditLogTable;
}
