// Staff accounts: the first admin, creating users, signing in and out.
import { randomUUID } from 'node:crypto';
import type { StaffRole } from '../../shared/enums';
import type { NewUser } from '../../shared/schemas/staff';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password';
import { newSecret, sha256Hex } from '../auth/tokens';
import { audit } from '../db/repositories/audit';
import {
  countAdmins,
  findSessionUser,
  findUserByEmail,
  insertSession,
  insertUser,
  revokeSession,
} from '../db/repositories/users';
import type { Deps } from '../deps';
import type { StaffUser } from '../http/env';
import { DomainError } from './errors';

export const SESSION_DAYS = 14;

const ROLE_RANK: Record<StaffRole, number> = { checkin: 1, organizer: 2, admin: 3 };

/** Roles nest: an admin may do all an organizer may, an organizer all check-in staff may. */
export function roleAllows(role: StaffRole, needed: StaffRole): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}

export async function createUser(
  deps: Deps,
  input: NewUser,
  actor: StaffUser | null,
): Promise<StaffUser> {
  const db = deps.db.kysely;
  if (await findUserByEmail(db, input.email)) throw new DomainError('conflict');
  const user = {
    id: randomUUID(),
    email: input.email,
    password_hash: await hashPassword(input.password),
    role: input.role,
    created_at: deps.now().toISOString(),
  };
  try {
    await insertUser(db, user);
  } catch (err) {
    // Two admins adding the same address at once: the unique index decides.
    if (await findUserByEmail(db, input.email)) throw new DomainError('conflict');
    throw err;
  }
  await audit(db, {
    at: user.created_at,
    actor: actor?.id ?? null,
    action: 'user.create',
    subject: user.id,
    detail: { role: user.role },
  });
  return { id: user.id, email: user.email, role: input.role };
}

/** Creates the first admin when there is none; returns the generated password, if any. */
export async function ensureFirstAdmin(
  deps: Deps,
): Promise<{ email: string; generatedPassword?: string } | null> {
  if ((await countAdmins(deps.db.kysely)) > 0) return null;
  const email = (deps.config.adminEmail ?? 'admin@liqa.local').trim().toLowerCase();
  const generatedPassword = deps.config.adminPassword ? undefined : newSecret(15);
  const password = deps.config.adminPassword ?? generatedPassword ?? '';
  await createUser(deps, { email, password, role: 'admin' }, null);
  return generatedPassword ? { email, generatedPassword } : { email };
}

export async function login(
  deps: Deps,
  email: string,
  password: string,
): Promise<{ token: string; user: StaffUser } | null> {
  const db = deps.db.kysely;
  const row = await findUserByEmail(db, email);
  const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
  if (!row || !ok) return null;
  const token = newSecret();
  const now = deps.now();
  await insertSession(db, {
    token_hash: sha256Hex(token),
    user_id: row.id,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
  });
  return { token, user: { id: row.id, email: row.email, role: row.role as StaffRole } };
}

export async function userForToken(deps: Deps, token: string): Promise<StaffUser | null> {
  const row = await findSessionUser(deps.db.kysely, sha256Hex(token), deps.now().toISOString());
  return row ? { id: row.id, email: row.email, role: row.role as StaffRole } : null;
}

export async function logout(deps: Deps, token: string): Promise<void> {
  await revokeSession(deps.db.kysely, sha256Hex(token), deps.now().toISOString());
}
