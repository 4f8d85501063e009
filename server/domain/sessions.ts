// Staff sessions for admins: list who is signed in, and revoke a session (a desk phone that
// was lost or stolen), which stops its token at the next request.
import type { SessionRevoked, SessionView } from '../../shared/api/auth';
import { audit } from '../db/repositories/audit';
import {
  activeSessionRows,
  revokeSessionsByPrefix,
  sessionsByPrefix,
} from '../db/repositories/sessions';
import type { Deps } from '../deps';
import type { StaffUser } from '../core/staffUser';
import { DomainError } from '../core/domainError';

/** A session's public id: the start of its token's hash, which reveals nothing of the token. */
export const SESSION_ID = /^[0-9a-f]{16}$/;

export function sessionIdOf(tokenHash: string): string {
  return tokenHash.slice(0, 16);
}

export async function activeSessions(deps: Deps): Promise<SessionView[]> {
  const rows = await activeSessionRows(deps.db.kysely, deps.now().toISOString());
  return rows.map((r) => ({
    id: sessionIdOf(r.token_hash),
    userId: r.user_id,
    email: r.email,
    role: r.role,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  }));
}

/** Revokes the session; revoking one already revoked answers as the first time did. */
export async function revokeSessionById(
  deps: Deps,
  id: string,
  actor: StaffUser,
): Promise<SessionRevoked> {
  if (!SESSION_ID.test(id)) throw new DomainError('not-found');
  const db = deps.db.kysely;
  const found = await sessionsByPrefix(db, id);
  if (found.length === 0) throw new DomainError('not-found');
  const already = found.find((s) => s.revoked_at)?.revoked_at;
  if (already && found.every((s) => s.revoked_at)) return { id, revokedAt: already };
  const nowIso = deps.now().toISOString();
  await revokeSessionsByPrefix(db, id, nowIso);
  await audit(db, {
    at: nowIso,
    actor: actor.id,
    action: 'session.revoke',
    subject: id,
    detail: { users: [...new Set(found.map((s) => s.user_id))] },
  });
  return { id, revokedAt: nowIso };
}
