// The outbox worker: claims due rows under a lease with a token of its own, delivers a few at
// a time, and loops until nothing is due. The lease is short (a crashed worker's rows are taken
// over within seconds) and renewed while sends are in flight (a slow SMTP server does not let
// another worker send the same row again); settling a row requires the token to still hold.
// It polls every second and is woken at once when this process commits new mail.
import { randomUUID } from 'node:crypto';
import { claimDueRows, renewLease, subjectsOf } from '../db/repositories/outbox';
import type { Deps } from '../deps';
import { deliver, type Outcome } from './delivery';
import { onMailQueued } from './notifier';
import { createSmsTransport, type SmsTransport } from '../sms/transport';
import type { MailTransport } from './transport';

export interface MailWorkerOptions {
  /** Messages in flight at once (pooled SMTP connections are shared by them). */
  concurrency?: number;
  /** Rows claimed per round trip to the database. */
  batchSize?: number;
  /** How long a claim holds unless renewed: how soon a crashed worker's rows go again. */
  leaseMs?: number;
  /** How often the lease on rows in flight is renewed; 0 never (tests of a lost lease). */
  renewEveryMs?: number;
  pollMs?: number;
  /** Where SMS rows go; by default as the configuration says (SMS_URL, else .txt files). */
  sms?: SmsTransport;
}

/** A crashed worker's rows are retried this soon (the issue of a 5-minute wait is gone). */
export const DEFAULT_LEASE_MS = 20_000;

export type RunCounts = Record<Outcome, number>;

export interface MailWorker {
  /** Delivers everything due now; resolves with what happened to each claimed row. */
  runOnce(): Promise<RunCounts>;
  start(): void;
  /** Stops claiming, waits (bounded) for messages in flight. */
  stop(): Promise<void>;
}

async function eachLimited<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(lanes);
}

export function createMailWorker(
  deps: Deps,
  transport: MailTransport,
  options: MailWorkerOptions = {},
): MailWorker {
  const concurrency = options.concurrency ?? 4;
  const batchSize = options.batchSize ?? concurrency * 5;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const renewEveryMs = options.renewEveryMs ?? Math.max(1, Math.floor(leaseMs / 4));
  let stopping = false;
  let running: Promise<unknown> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;
  // Made on first use unless given, and then closed by stop().
  let ownSms: SmsTransport | null = null;
  const transports = {
    mail: transport,
    get sms(): SmsTransport {
      return options.sms ?? (ownSms ??= createSmsTransport(deps.config, deps.now));
    },
  };

  /** Keeps the claim alive while its sends are in flight; stopped once the batch is settled. */
  function holdLease(token: string): () => void {
    if (renewEveryMs <= 0) return () => {};
    let renewing: Promise<unknown> = Promise.resolve();
    const timer = setInterval(() => {
      const until = new Date(deps.now().getTime() + leaseMs).toISOString();
      renewing = renewing
        .then(() => renewLease(deps.db.kysely, token, until))
        .catch((err: unknown) => console.error('[liqa] mail worker: lease renewal:', err));
    }, renewEveryMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  async function runOnce(): Promise<RunCounts> {
    const counts: RunCounts = { sent: 0, retry: 0, failed: 0, skipped: 0, lost: 0 };
    while (!stopping) {
      const now = deps.now();
      const lease = {
        token: randomUUID(),
        until: new Date(now.getTime() + leaseMs).toISOString(),
      };
      const rows = await claimDueRows(deps.db.kysely, deps.db.dialect, {
        nowIso: now.toISOString(),
        lease,
        limit: batchSize,
      });
      if (rows.length === 0) break;
      const release = holdLease(lease.token);
      try {
        const { registrations, meetings } = await subjectsOf(deps.db.kysely, rows);
        await eachLimited(rows, concurrency, async (row) => {
          const subject = {
            registration: registrations.get(row.registration_id ?? ''),
            meeting: meetings.get(row.meeting_id),
          };
          try {
            counts[await deliver(deps, transports, { row, token: lease.token }, subject)]++;
          } catch (err) {
            // The database failed while settling: the row stays claimed until its lease lapses.
            console.error('[liqa] mail worker:', err);
          }
        });
      } finally {
        release();
      }
    }
    return counts;
  }

  /** One run at a time; a wake-up during a run makes it go round once more. */
  function trigger(): void {
    if (stopping) return;
    if (running) {
      again = true;
      return;
    }
    again = false;
    running = runOnce()
      .catch((err: unknown) => console.error('[liqa] mail worker:', err))
      .finally(() => {
        running = null;
        if (again) trigger();
      });
  }

  return {
    runOnce,
    start() {
      stopping = false;
      unsubscribe = onMailQueued(deps.db, trigger);
      timer = setInterval(trigger, options.pollMs ?? 1000);
      timer.unref();
      trigger();
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      unsubscribe?.();
      // Rows still in flight after this are taken over by the next start once their lease lapses.
      if (running)
        await Promise.race([
          running,
          new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
        ]);
      await ownSms?.close();
      ownSms = null;
    },
  };
}
