// Throttles and rate limits over the shared counter table: each rule allows `limit` hits per
// fixed window per subject (an address, an account, a mailbox). Subjects are stored hashed: the
// table holds no e-mail or address in clear, and its rows are swept when their window ends.
import type { Kysely } from 'kysely';
import { sha256Hex } from '../auth/tokens';
import { countHit, refundHit, sweepHits } from '../db/repositories/rateLimits';
import type { Database } from '../db/schema';
import { DomainError } from '../core/domainError';

export interface LimitRule {
  /** Names the counter, so rules never share one by accident. */
  name: string;
  limit: number;
  windowMs: number;
}

export interface Verdict {
  allowed: boolean;
  hits: number;
  /** Seconds until the window ends. */
  retryAfter: number;
}

const SWEEP_EVERY_MS = 60_000;
const lastSweep = new WeakMap<object, number>();

export function counterKey(rule: LimitRule, subject: string): string {
  return `${rule.name}:${sha256Hex(subject).slice(0, 32)}`;
}

/** Counts `by` hits for the subject first, then says whether they fit (count, then check). */
export async function consume(
  db: Kysely<Database>,
  now: Date,
  rule: LimitRule,
  subject: string,
  by = 1,
): Promise<Verdict> {
  const nowIso = now.toISOString();
  const counted = await countHit(
    db,
    counterKey(rule, subject),
    by,
    nowIso,
    new Date(now.getTime() + rule.windowMs).toISOString(),
  );
  await sweepNowAndThen(db, now);
  const retryAfter = Math.max(1, Math.ceil((Date.parse(counted.resetsAt) - now.getTime()) / 1000));
  return { allowed: counted.hits <= rule.limit, hits: counted.hits, retryAfter };
}

export function refund(db: Kysely<Database>, rule: LimitRule, subject: string): Promise<void> {
  return refundHit(db, counterKey(rule, subject));
}

export function rateLimited(retryAfter: number): DomainError {
  return new DomainError('rate-limited', {
    headers: {
      'retry-after': String(retryAfter),
    },
  });
}

/** Throws `429 rate-limited` with Retry-After when the hits do not fit. */
export async function enforce(
  db: Kysely<Database>,
  now: Date,
  rule: LimitRule,
  subject: string,
  by = 1,
): Promise<void> {
  const verdict = await consume(db, now, rule, subject, by);
  if (!verdict.allowed) throw rateLimited(verdict.retryAfter);
}

async function sweepNowAndThen(db: Kysely<Database>, now: Date): Promise<void> {
  if (db.isTransaction) return; // not inside someone's transaction: the next plain hit sweeps
  const last = lastSweep.get(db) ?? 0;
  if (now.getTime() - last < SWEEP_EVERY_MS && now.getTime() >= last) return;
  lastSweep.set(db, now.getTime());
  await sweepHits(db, now.toISOString());
}
