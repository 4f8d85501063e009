// Accounts as an admin manages them, and a user's own password: listing, changing a role,
// setting a password (which ends the account's other sessions), shutting an account (which ends
// all of them at once; its sign-in is then refused).
import type { Locale } from '../../shared/enums';
import { validationMessage } from '../../shared/i18n/validationMessages';
import type { UserPatch, UserView } from '../../shared/api/users';
import { hashPassword, verifyPassword } from '../auth/password';
import { assertStrongPassword } from '../auth/passwordPolicy';
import { audit } from '../db/repositories/audit';
import {
  findUserById,
  listUserRows,
  revokeUserSessions,
  updateUserRow,
  type UserRow,
} from '../db/repositories/users';
import type { Deps } from '../deps';
import type { StaffUser } from '../core/staffUser';
import { DomainError } from '../core/domainError';

function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    disabled: row.disabled_at !== null,
    lastLoginAt: row.last_login_at,
  };
}

export async function listUsers(deps: Deps): Promise<UserView[]> {
  return (await listUserRows(deps.db.kysely)).map(toUserView);
}

function refused(path: string, key: 'ownAccount' | 'currentPassword', locale: Locale) {
  return new DomainError('validation', {
    errors: [{ path, message: validationMessage(key, locale) }],
  });
}

export async function updateUser(
  deps: Deps,
  id: string,
  patch: UserPatch,
  actor: StaffUser,
  locale: Locale,
): Promise<UserView> {
  const db = deps.db.kysely;
  const row = await findUserById(db, id);
  if (!row) throw new DomainError('not-found');
  // An admin shutting or demoting themselves could leave nobody to undo it.
  if (id === actor.id && patch.disabled === true) throw refused('disabled', 'ownAccount', locale);
  if (id === actor.id && patch.role !== undefined && patch.role !== row.role)
    throw refused('role', 'ownAccount', locale);
  if (patch.password !== undefined) assertStrongPassword(patch.password, locale);
  const nowIso = deps.now().toISOString();
  const changes = {
    ...(patch.role !== undefined ? { role: patch.role } : {}),
    ...(patch.password !== undefined ? { password_hash: await hashPassword(patch.password) } : {}),
    ...(patch.disabled !== undefined
      ? { disabled_at: patch.disabled ? (row.disabled_at ?? nowIso) : null }
      : {}),
  };
  if (Object.keys(changes).length > 0) await updateUserRow(db, id, changes);
  if (patch.disabled === true) await revokeUserSessions(db, id, nowIso);
  // A new password ends every other session of the account: whoever knew the old one is out.
  else if (patch.password !== undefined)
    await revokeUserSessions(db, id, nowIso, id === actor.id ? actor.sessionHash : undefined);
  await audit(db, {
    at: nowIso,
    actor: actor.id,
    action: 'user.update',
    subject: id,
    detail: {
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
      ...(patch.password !== undefined ? { password: 'changed' } : {}),
    },
  });
  const after = await findUserById(db, id);
  if (!after) throw new DomainError('not-found');
  return toUserView(after);
}

/** The signed-in user's own change: the current password first (a guess, throttled as one). */
export async function changeOwnPassword(
  deps: Deps,
  actor: StaffUser,
  currentPassword: string,
  newPassword: string,
  locale: Locale,
): Promise<void> {
  const db = deps.db.kysely;
  const row = await findUserById(db, actor.id);
  if (!row) throw new DomainError('unauthorized');
  if (!(await verifyPassword(currentPassword, row.password_hash)))
    throw refused('currentPassword', 'currentPassword', locale);
  assertStrongPassword(newPassword, locale, 'newPassword');
  const nowIso = deps.now().toISOString();
  await updateUserRow(db, actor.id, { password_hash: await hashPassword(newPassword) });
  await revokeUserSessions(db, actor.id, nowIso, actor.sessionHash);
  await audit(db, {
    at: nowIso,
    actor: actor.id,
    action: 'user.password',
    subject: actor.id,
  });
}
