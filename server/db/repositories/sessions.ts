// Staff sessions as an admin sees them: who is signed in where, and revoking one.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export function activeSessionRows(db: Kysely<Database>, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.token_hash',
      'sessions.created_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.email',
      'users.role',
    ])
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', nowIso)
    .orderBy('sessions.created_at', 'desc')
    .execute();
}

/** Sessions whose token hash starts with `prefix` (hex, so no LIKE wildcard can slip in). */
export function sessionsByPrefix(db: Kysely<Database>, prefix: string) {
  return db
    .selectFrom('sessions')
    .select(['token_hash', 'user_id', 'revoked_at'])
    .where('token_hash', 'like', `${prefix}%`)
    .execute();
}

export async function revokeSessionsByPrefix(
  db: Kysely<Database>,
  prefix: string,
  nowIso: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: nowIso })
    .where('token_hash', 'like', `${prefix}%`)
    .where('revoked_at', 'is', null)
    .execute();
}
