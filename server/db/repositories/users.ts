// Staff accounts and their sessions.
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, UsersTable } from '../schema';

export type UserRow = Selectable<UsersTable>;

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function countAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(
  db: Kysely<Database>,
  user: Insertable<UsersTable>,
): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

export async function insertSession(
  db: Kysely<Database>,
  session: { token_hash: string; user_id: string; created_at: string; expires_at: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ ...session, revoked_at: null })
    .execute();
}

/**
 * The user of a live session: not revoked, not past its end, used since `idleSinceIso`, and its
 * account not disabled.
 */
export function findSessionUser(
  db: Kysely<Database>,
  tokenHash: string,
  nowIso: string,
  idleSinceIso: string,
) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.role', 'sessions.last_seen_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', nowIso)
    .where((eb) =>
      eb(eb.fn.coalesce('sessions.last_seen_at', 'sessions.created_at'), '>', idleSinceIso),
    )
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(
  db: Kysely<Database>,
  tokenHash: string,
  nowIso: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: nowIso })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Ends every live session of the user, but `keepTokenHash` if given. */
export async function revokeUserSessions(
  db: Kysely<Database>,
  userId: string,
  nowIso: string,
  keepTokenHash?: string,
): Promise<void> {
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: nowIso })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keepTokenHash) q = q.where('token_hash', '<>', keepTokenHash);
  await q.execute();
}

export function listUserRows(db: Kysely<Database>): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('email').execute();
}

export async function updateUserRow(
  db: Kysely<Database>,
  id: string,
  changes: Updateable<UsersTable>,
): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export async function revokeSession(
  db: Kysely<Database>,
  tokenHash: string,
  nowIso: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: nowIso })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}
