// The queued write's state machine: what an entry becomes given what the network said.
import type { QueuedWrite, ProblemBody } from '../store/types';
import { networkDelay, nextAttemptTime } from './backoff';

/** What one attempt to send an entry produced. */
export type SendResult =
  | { kind: 'response'; status: number; body: unknown; retryAfterMs: number | null }
  | { kind: 'network'; error: string };

export type Verdict = 'sent' | 'refused' | 'retry';

/**
 * 2xx: done. 4xx: the server read the request and will never accept it as is (invalid,
 * closed, duplicate) — retrying would only repeat the refusal, so a person must look at it.
 * 408 and 429 are the exceptions: "not now" rather than "no". 5xx and anything else: retry.
 */
export function verdictOf(status: number): Verdict {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 408 || status === 429) return 'retry';
  if (status >= 400 && status < 500) return 'refused';
  return 'retry';
}

export function isPending(entry: QueuedWrite): boolean {
  return entry.state === 'waiting' || entry.state === 'sending';
}

/**
 * Whether a pending entry may be sent now. `ignoreNetworkBackoff` (the device just came
 * online) skips the wait after a dead network, but never a wait the server asked for.
 */
export function isDue(entry: QueuedWrite, now: number, ignoreNetworkBackoff = false): boolean {
  if (!isPending(entry)) return false;
  if (ignoreNetworkBackoff && entry.response === undefined) return true;
  return entry.nextAttemptAt <= now;
}

/** Found `sending` at the start of a pass: its sender died (tab killed); send it again. */
export function recoverInterrupted(entry: QueuedWrite): QueuedWrite {
  return entry.state === 'sending' ? { ...entry, state: 'waiting' } : entry;
}

export function startSending(entry: QueuedWrite): QueuedWrite {
  return { ...entry, state: 'sending' };
}

export function problemTitle(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'title' in body) {
    const title = (body as ProblemBody).title;
    return typeof title === 'string' ? title : undefined;
  }
  return undefined;
}

/**
 * The entry after an attempt. The backoff counts failed sends, not time offline: a dead
 * network waits at most 30 s (each scan at an offline desk tries once more, and those tries
 * must not push the first retry after the network returns minutes away); only answers from
 * a struggling server grow the wait further.
 */
export function settle(
  entry: QueuedWrite,
  result: SendResult,
  now: number,
  random: () => number = Math.random,
): QueuedWrite {
  const attempts = entry.attempts + 1;
  if (result.kind === 'network') {
    return {
      ...entry,
      state: 'waiting',
      attempts,
      nextAttemptAt: now + networkDelay(attempts, random),
      response: undefined,
      error: result.error,
    };
  }
  const response = { status: result.status, body: result.body };
  const verdict = verdictOf(result.status);
  if (verdict === 'sent') {
    return { ...entry, state: 'sent', attempts, response, error: undefined };
  }
  if (verdict === 'refused') {
    const error = problemTitle(result.body) ?? `HTTP ${result.status}`;
    return { ...entry, state: 'refused', attempts, response, error };
  }
  const serverFailures = (entry.serverFailures ?? 0) + 1;
  return {
    ...entry,
    state: 'waiting',
    attempts,
    serverFailures,
    nextAttemptAt: nextAttemptTime(now, serverFailures, result.retryAfterMs, random),
    response,
    error: `HTTP ${result.status}`,
  };
}

/** A refused entry the person wants to try again: a fresh start. */
export function resetForRetry(entry: QueuedWrite, now: number): QueuedWrite {
  return {
    ...entry,
    state: 'waiting',
    attempts: 0,
    serverFailures: 0,
    nextAttemptAt: now,
    response: undefined,
    error: undefined,
  };
}
