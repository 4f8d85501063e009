// Runs the retention erasure once at start-up and then once a day. Each run is idempotent and
// safe beside other instances' runs (see runRetention), so no instance needs to be "the" one.
import type { Deps } from '../../deps';
import { runRetention, type RetentionRun } from './retention';

export const RETENTION_EVERY_MS = 24 * 60 * 60 * 1000;

export interface RetentionJob {
  runOnce(): Promise<RetentionRun>;
  start(): void;
  stop(): Promise<void>;
}

export function createRetentionJob(
  deps: Deps,
  options: { everyMs?: number; log?: (line: string) => void } = {},
): RetentionJob {
  const everyMs = options.everyMs ?? RETENTION_EVERY_MS;
  const log = options.log ?? ((line: string) => console.log(line));
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();

  async function runOnce(): Promise<RetentionRun> {
    const run = await runRetention(deps);
    for (const m of run.erased)
      log(`[liqa] retention: erased ${m.registrations} registrations of ${m.slug}`);
    return run;
  }

  function tick() {
    running = runOnce().catch((err: unknown) => log(`[liqa] retention run failed: ${String(err)}`));
  }

  return {
    runOnce,
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
