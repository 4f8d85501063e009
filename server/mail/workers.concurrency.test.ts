// Several instances on one PostgreSQL database: two workers, each with its own connection
// pool, drain the same outbox at once and never send a row twice (FOR UPDATE SKIP LOCKED).
// The control run swaps the claim for a read-then-write and must double-send, proving the
// test can see the race.
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/database';
import { startMailTest } from '../../tests/support/mailHarness';
import { perRecipient } from '../../tests/support/smtpSink';
import { createMailWorker, type RunCounts } from './worker';

const control = vi.hoisted(() => ({ naive: false }));

vi.mock('../db/repositories/outbox', async (importOriginal) => {
  const real = await importOriginal<typeof import('../db/repositories/outbox')>();
  return {
    ...real,
    claimDueRows: async (...args: Parameters<typeof real.claimDueRows>) => {
      if (!control.naive) return real.claimDueRows(...args);
      const [db, , opts] = args;
      const due = await db
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'queued')
        .orderBy('id')
        .limit(opts.limit)
        .execute();
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (due.length === 0) return [];
      const rows = await db
        .updateTable('outbox')
        .set({ status: 'sending', lease_until: opts.lease.until, lease_token: opts.lease.token })
        .where(
          'id',
          'in',
          due.map((r) => r.id),
        )
        .returningAll()
        .execute();
      return rows.map((r) => ({ ...r, id: Number(r.id) }));
    },
  };
});

async function twoWorkersOn100(): Promise<{ runs: RunCounts[]; counts: Map<string, number> }> {
  const t = await startMailTest({ worker: { concurrency: 4, batchSize: 5 } });
  const other = openDatabase({
    url: process.env.DATABASE_URL,
    schema: t.s.deps.config.databaseSchema,
    dataDir: t.s.deps.config.dataDir,
  });
  try {
    // Under manual approval each registration queues its acknowledgement: 100 rows.
    const slug = await t.meeting({ capacity: 100, approval: 'manual' });
    for (let i = 0; i < 100; i++) await t.register(slug);
    const second = createMailWorker({ ...t.s.deps, db: other }, t.transport, {
      concurrency: 4,
      batchSize: 5,
    });
    const runs = await Promise.all([t.worker.runOnce(), second.runOnce()]);
    return { runs, counts: perRecipient(t.sink?.received ?? []) };
  } finally {
    await other.close();
    await t.close();
  }
}

describe.runIf(Boolean(process.env.DATABASE_URL))('two workers on PostgreSQL', () => {
  it('share 100 e-mails without sending any twice', async () => {
    const { runs, counts } = await twoWorkersOn100();
    expect(runs.map((r) => r.sent > 0)).toEqual([true, true]);
    expect(counts.size).toBe(100);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('control: with a read-then-write claim they send some twice', async () => {
    control.naive = true;
    try {
      const { counts } = await twoWorkersOn100();
      expect([...counts.values()].some((n) => n > 1)).toBe(true);
    } finally {
      control.naive = false;
    }
  });
});
