// Staff accounts and their sessions.
import type { Insertable, Kysely, Selectable } from 'kysely';
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

export function findSessionUser(db: Kysely<Database>, tokenHash: string, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.role'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', nowIso)
    .executeTakeFirst();
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
