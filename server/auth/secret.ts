// The server's secret for derived tokens: LIQA_SECRET if set, otherwise one generated on first
// start and kept in the database, so every instance and every restart derives the same tokens.
import { createHmac, randomBytes } from 'node:crypto';
import type { Deps } from '../deps';

const cache = new WeakMap<object, Promise<Buffer>>();

async function loadSecret(deps: Deps): Promise<Buffer> {
  if (process.env.LIQA_SECRET) return Buffer.from(process.env.LIQA_SECRET, 'utf8');
  const db = deps.db.kysely;
  await db
    .insertInto('settings')
    .values({ key: 'secret', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'secret')
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64url');
}

export function serverSecret(deps: Deps): Promise<Buffer> {
  let secret = cache.get(deps.db);
  if (!secret) {
    secret = loadSecret(deps);
    cache.set(deps.db, secret);
  }
  return secret;
}

/**
 * A 256-bit token derived from a record id: the same id always yields the same token, so a
 * replayed request gets its original answer back while only the token's hash is stored.
 */
export async function derivedToken(
  deps: Deps,
  purpose: 'manage' | 'ticket' | 'ticket-code',
  id: string,
): Promise<string> {
  return createHmac('sha256', await serverSecret(deps))
    .update(`${purpose}:${id}`)
    .digest('base64url');
}
