// Staff accounts: the first admin, creating users, signing in and out, sessions that end when
// idle, when too old, or when the account is shut.
import { randomUUID } from 'node:crypto';
import { DEFAULT_LOCALE, type Locale, type StaffRole } from '../../shared/enums';
import type { NewUser } from '../../shared/schemas/staff';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password';
import { assertStrongPassword, passwordProblem } from '../auth/passwordPolicy';
import { newSecret, sha256Hex } from '../auth/tokens';
import { validationMessage } from '../../shared/i18n/validationMessages';
import { audit } from '../db/repositories/audit';
import {
  countAdmins,
  findSessionUser,
  findUserByEmail,
  insertSession,
  insertUser,
  revokeSession,
  touchSession,
  updateUserRow,
} from '../db/repositories/users';
import type { Deps } from '../deps';
import type { StaffUser } from '../core/staffUser';
import { DomainError } from '../core/domainError';

export const SESSION_DAYS = 14;
/** A session unused this long ends: a desk phone left signed in overnight asks again. */
export const SESSION_IDLE_HOURS = 12;
/** Recording every request's time would be a write per request; a minute's grain is enough. */
const TOUCH_EVERY_MS = 60_000;

const ROLE_RANK: Record<StaffRole, number> = { checkin: 1, organizer: 2, admin: 3 };

/** Roles nest: an admin may do all an organizer may, an organizer all check-in staff may. */
export function roleAllows(role: StaffRole, needed: StaffRole): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}

export async function createUser(
  deps: Deps,
  input: NewUser,
  actor: StaffUser | null,
  locale: Locale = DEFAULT_LOCALE,
): Promise<StaffUser> {
  const db = deps.db.kysely;
  assertStrongPassword(input.password, locale);
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

/**
 * Creates the first admin when there is none; returns the generated password, if any. A weak
 * LIQA_ADMIN_PASSWORD stops the start with the reason in the three languages.
 */
export async function ensureFirstAdmin(
  deps: Deps,
): Promise<{ email: string; generatedPassword?: string } | null> {
  if ((await countAdmins(deps.db.kysely)) > 0) return null;
  const email = (deps.config.adminEmail ?? 'admin@liqa.local').trim().toLowerCase();
  const generatedPassword = deps.config.adminPassword ? undefined : newSecret(15);
  const password = deps.config.adminPassword ?? generatedPassword ?? '';
  const problem = passwordProblem(password);
  if (problem) {
    const reasons = (['en', 'fr', 'ar'] as const).map((l) => validationMessage(problem, l));
    throw new Error(`LIQA_ADMIN_PASSWORD refused: ${reasons.join(' / ')}`);
  }
  await createUser(deps, { email, password, role: 'admin' }, null);
  return generatedPassword ? { email, generatedPassword } : { email };
}

/** Signs in; null for a wrong password, an unknown e-mail or a disabled account alike. */
export async function login(
  deps: Deps,
  email: string,
  password: string,
): Promise<{ token: string; user: StaffUser } | null> {
  const db = deps.db.kysely;
  const row = await findUserByEmail(db, email);
  const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
  if (!row || !ok || row.disabled_at) return null;
  const token = newSecret();
  const now = deps.now();
  const nowIso = now.toISOString();
  await insertSession(db, {
    token_hash: sha256Hex(token),
    user_id: row.id,
    created_at: nowIso,
    expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
  });
  await updateUserRow(db, row.id, { last_login_at: nowIso });
  return { token, user: { id: row.id, email: row.email, role: row.role } };
}

export async function userForToken(deps: Deps, token: string): Promise<StaffUser | null> {
  const now = deps.now();
  const tokenHash = sha256Hex(token);
  const idleSince = new Date(now.getTime() - SESSION_IDLE_HOURS * 3_600_000).toISOString();
  const row = await findSessionUser(deps.db.kysely, tokenHash, now.toISOString(), idleSince);
  if (!row) return null;
  const lastSeen = row.last_seen_at ? Date.parse(row.last_seen_at) : 0;
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS)
    await touchSession(deps.db.kysely, tokenHash, now.toISOString());
  return { id: row.id, email: row.email, role: row.role, sessionHash: tokenHash };
}

export async function logout(deps: Deps, token: string): Promise<void> {
  await revokeSession(deps.db.kysely, sha256Hex(token), deps.now().toISOString());
}
