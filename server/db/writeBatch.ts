// Group commit for SQLite: writes that arrive together share one transaction and one fsync
// (synchronous=FULL makes every commit wait for the disk). Each write runs in its own
// savepoint, so one refused write (a duplicate) is undone alone; every caller is answered only
// after the shared COMMIT is durable. PostgreSQL commits each write in its own transaction.
import { sql, type Kysely } from 'kysely';
import type { Db } from './database';
import type { Database } from './schema';

type Work<T> = (trx: Kysely<Database>) => Promise<T>;

interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

const MAX_BATCH = 256;

export class WriteBatcher {
  private queue: Pending[] = [];
  private flushing = false;

  constructor(private readonly db: Db) {}

  run<T>(work: Work<T>): Promise<T> {
    if (this.db.dialect !== 'sqlite') return this.db.kysely.transaction().execute(work);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const outcomes: Array<{ ok: true; value: unknown } | { ok: false; err: unknown }> = [];
      try {
        await this.db.kysely.transaction().execute(async (trx) => {
          for (const item of batch) {
            await sql`savepoint w`.execute(trx);
            try {
              outcomes.push({ ok: true, value: await item.work(trx) });
              await sql`release savepoint w`.execute(trx);
            } catch (err) {
              await sql`rollback to savepoint w`.execute(trx);
              await sql`release savepoint w`.execute(trx);
              outcomes.push({ ok: false, err });
            }
          }
        });
      } catch (err) {
        // The COMMIT itself failed: nothing of this batch is stored.
        batch.forEach((item) => item.reject(err));
        continue;
      }
      batch.forEach((item, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) item.resolve(outcome.value);
        else item.reject(outcome?.err);
      });
    }
    this.flushing = false;
  }
}

const batchers = new WeakMap<Db, WriteBatcher>();

/** Runs `work` in a write transaction (grouped with concurrent ones on SQLite). */
export function inWriteTransaction<T>(db: Db, work: Work<T>): Promise<T> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new WriteBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher.run(work);
}
