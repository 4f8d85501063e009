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
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor: string | null;
  action: string;
  subject: string;
  detail: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  meetings: MeetingsTable;
  audit_log: AuditLogTable;
}
