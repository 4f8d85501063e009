// How long an entry waits before its next attempt: exponential, jittered, capped.

export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 5 * 60_000;
/**
 * A dead network costs the server nothing, so the wait after one never grows past this: a desk
 * that was offline all morning sends within 30 s of the network's return (20 s, jitter
 * included, leaves room for the send itself), however many tries failed meanwhile.
 */
export const MAX_NETWORK_DELAY_MS = 20_000;
/** A Retry-After beyond this is treated as a server mistake, not a reason to sit for days. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * The delay after the `attempts`-th failed attempt (1 → about 1 s, 2 → 2 s, 3 → 4 s … ≤ 5 min).
 * ±20 % jitter, because when the venue Wi-Fi comes back a whole room of phones retries at
 * once; without it they would keep hitting the server in lockstep.
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempts - 1);
  const plain = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** exponent);
  const jittered = plain * (0.8 + 0.4 * random());
  return Math.round(Math.min(MAX_DELAY_MS, jittered));
}

/** A `Retry-After` header (seconds or an HTTP date) as milliseconds from `now`, or null. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return null;
    ms = at - now;
  }
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}

/** The wait after the `failures`-th failed send in a row on a dead network (≤ 20 s). */
export function networkDelay(failures: number, random: () => number = Math.random): number {
  return Math.min(MAX_NETWORK_DELAY_MS, backoffDelay(failures, random));
}

/** When to try again: the backoff, or later if the server asked for more time. */
export function nextAttemptTime(
  now: number,
  attempts: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  return now + Math.max(backoffDelay(attempts, random), retryAfterMs ?? 0);
}
