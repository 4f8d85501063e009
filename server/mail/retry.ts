// When a failed delivery is tried again. RFC 5321: a 5yz reply is permanent (the same message
// would be refused again), a 4yz reply or a broken connection is temporary. nodemailer marks
// 503 "bad sequence" as not permanent: a fresh connection may well go through.

/** A message that cannot be built (unknown kind, missing data): trying again will not help. */
export class PermanentMailError extends Error {
  override name = 'PermanentMailError';
}

interface SmtpError {
  responseCode?: number;
  permanent?: boolean;
  code?: string;
  response?: string;
  message?: string;
}

export function isPermanentFailure(err: unknown): boolean {
  if (err instanceof PermanentMailError) return true;
  const e = (err ?? {}) as SmtpError;
  if (typeof e.permanent === 'boolean') return e.permanent;
  if (typeof e.responseCode === 'number')
    return e.responseCode >= 500 && e.responseCode < 600 && e.responseCode !== 503;
  // An envelope refused before any reply ("no recipients"): the address itself is unusable.
  return e.code === 'EENVELOPE';
}

/** Past this many attempts (about a day of backoff) a row is failed and waits for an organizer. */
export const MAX_ATTEMPTS = 30;
const BASE_MS = 30_000;
const MAX_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min… capped at an hour, plus up to 10 % so a recovered server is not stampeded. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(BASE_MS * 2 ** Math.max(0, attempts - 1), MAX_MS);
  return Math.round(base * (1 + 0.1 * random()));
}

/** What the organizer reads: the SMTP reply if there was one, else the error's message. */
export function describeFailure(err: unknown): string {
  const e = (err ?? {}) as SmtpError;
  const text = e.response ?? e.message ?? String(err);
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
