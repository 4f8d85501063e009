// Password guesses, counted in the database before the password is checked, so a burst of
// parallel guesses gets no more tries than the same guesses one by one, on any instance.
// Three counters: the account from this address (10 per 15 minutes: the guessing address is
// locked out, the owner elsewhere is not), the address over all accounts (30 per 15 minutes),
// and the account from everywhere (100 an hour: slow enough that many addresses together
// still guess little). A right password gives its hits back.
import type { Deps } from '../deps';
import { consume, rateLimited, refund, type LimitRule } from '../limits/limiter';
import { clearHits } from '../db/repositories/rateLimits';
import { counterKey } from '../limits/limiter';

const MINUTE = 60_000;
export const ACCOUNT_FROM_ADDRESS: LimitRule = {
  name: 'login-pair',
  limit: 10,
  windowMs: 15 * MINUTE,
};
export const ADDRESS: LimitRule = { name: 'login-address', limit: 30, windowMs: 15 * MINUTE };
export const ACCOUNT: LimitRule = { name: 'login-account', limit: 100, windowMs: 60 * MINUTE };

export interface Guess {
  /** The password was right: this guess and the address's lockout are forgiven. */
  succeeded(): Promise<void>;
}

/**
 * Counts one guess at `email`'s password from `client`, or throws 429 with Retry-After. The
 * counters are taken in order and a refused guess stops at the first that refuses, so guesses
 * from a locked-out address do not also use up the account's allowance everywhere.
 */
export async function countGuess(deps: Deps, email: string, client: string): Promise<Guess> {
  const db = deps.db.kysely;
  const now = deps.now();
  const pair = `${email}\n${client}`;
  const steps: Array<[LimitRule, string]> = [
    [ACCOUNT_FROM_ADDRESS, pair],
    [ADDRESS, client],
    [ACCOUNT, email],
  ];
  for (const [rule, subject] of steps) {
    const verdict = await consume(db, now, rule, subject);
    if (!verdict.allowed) throw rateLimited(verdict.retryAfter);
  }
  return {
    async succeeded() {
      await clearHits(db, counterKey(ACCOUNT_FROM_ADDRESS, pair));
      await refund(db, ADDRESS, client);
      await refund(db, ACCOUNT, email);
    },
  };
}
