// Counters of throttles and rate limits, shared by every instance on this database. A hit is one
// statement — insert, or add to the current window, or start a new one when it has ended — that
// returns the count, so parallel requests each see their own place in line.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

export interface Counted {
  hits: number;
  resetsAt: string;
}

export async function countHit(
  db: Kysely<Database>,
  key: string,
  by: number,
  nowIso: string,
  resetsAtIfNew: string,
): Promise<Counted> {
  const { rows } = await sql<{ hits: number | string; resets_at: string }>`
    insert into rate_limits (key, hits, resets_at) values (${key}, ${by}, ${resetsAtIfNew})
    on conflict (key) do update set
      hits = case when rate_limits.resets_at <= ${nowIso}
        then excluded.hits else rate_limits.hits + excluded.hits end,
      resets_at = case when rate_limits.resets_at <= ${nowIso}
        then excluded.resets_at else rate_limits.resets_at end
    returning hits, resets_at
  `.execute(db);
  const row = rows[0];
  if (!row) throw new Error(`rate limit ${key}: no row returned`);
  return { hits: Number(row.hits), resetsAt: row.resets_at };
}

/** Gives back `by` hits of the current window (a sign-in that turned out right). */
export async function refundHit(db: Kysely<Database>, key: string, by = 1): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set((eb) => ({ hits: eb('hits', '-', by) }))
    .where('key', '=', key)
    .where('hits', '>=', by)
    .execute();
}

export async function clearHits(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/** Deletes counters whose window has ended; returns how many went. */
export async function sweepHits(db: Kysely<Database>, nowIso: string): Promise<number> {
  const result = await db
    .deleteFrom('rate_limits')
    .where('resets_at', '<=', nowIso)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
