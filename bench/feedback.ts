// The feedback summary at scale: 10,000 entries bulk-inserted into a SQLite file (WAL, as in
// production), then the organizer's summary timed (budget ≤ 200 ms), and the full list beside.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config';
import { migrateToLatest, openDatabase } from '../server/db/database';
import { insertMeeting, type MeetingRow } from '../server/db/repositories/meetings';
import type { NewFeedbackRow } from '../server/db/repositories/feedback';
import type { Deps } from '../server/deps';
import { feedbackOverview, feedbackSummary } from '../server/domain/feedback/overview';
import { openMeeting } from './fixtures';
import { atMost, info, type BenchRow } from './table';

const ENTRIES = 10_000;
const BUDGET_MS = 200;
const RUNS = 20;

/** A small deterministic generator, so every run measures the same data. */
function prng(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function feedbackRows(meetingId: string): NewFeedbackRow[] {
  const random = prng(42);
  const score = () => 1 + Math.floor(random() * 5);
  const maybe = () => (random() < 0.7 ? score() : null);
  const at = new Date().toISOString();
  return Array.from({ length: ENTRIES }, (_, i) => ({
    id: randomUUID(),
    meeting_id: meetingId,
    registration_id: null,
    kind: i % 3 === 0 ? 'post-meeting' : 'on-site',
    workshop_id: ['w1', 'w2', 'w3', null][i % 4] ?? null,
    rating_overall: score(),
    rating_content: maybe(),
    rating_organization: maybe(),
    rating_logistics: maybe(),
    rating_facilitation: maybe(),
    problems: JSON.stringify(['ضعف الولوج إلى المعلومة']),
    solutions: JSON.stringify([]),
    expected_results: JSON.stringify(['تحسين فعالية التشاور العمومي']),
    comment: i % 5 === 0 ? 'لقاء مفيد' : null,
    locale: 'ar',
    request_hash: 'bench',
    created_at: at,
  }));
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function benchFeedback(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-feedback-'));
  const db = openDatabase({ dataDir });
  try {
    await migrateToLatest(db);
    const deps: Deps = {
      db,
      config: loadConfig({ LIQA_DATA_DIR: dataDir }),
      now: () => new Date(),
    };
    const now = new Date().toISOString();
    const meeting: MeetingRow = {
      id: randomUUID(),
      slug: 'bench-feedback',
      status: 'published',
      timezone: 'Africa/Casablanca',
      starts_at: now,
      ends_at: now,
      opens_at: now,
      closes_at: now,
      capacity: 100,
      data: JSON.stringify(openMeeting('bench-feedback', 100)),
      created_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
      seats_taken: 0,
      programme_id: null,
      personal_data_erased_at: null,
    };
    await insertMeeting(db.kysely, meeting);
    const rows = feedbackRows(meeting.id);
    const insertMs = await timed(() =>
      db.kysely.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 500)
          await trx
            .insertInto('feedback')
            .values(rows.slice(i, i + 500))
            .execute();
      }),
    );
    await feedbackSummary(deps, meeting); // warm-up: statement cache, pages in memory
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(() => feedbackSummary(deps, meeting)));
    runs.sort((a, b) => a - b);
    const median = runs[Math.floor(RUNS / 2)] ?? 0;
    const worst = runs[RUNS - 1] ?? 0;
    const summary = await feedbackSummary(deps, meeting);
    const fullMs = await timed(() => feedbackOverview(deps, meeting));
    return [
      info(
        `[sqlite] ${ENTRIES} feedback entries bulk-inserted`,
        `${insertMs.toFixed(0)} ms (count ${summary.count}, overall average ${summary.averages.overall})`,
      ),
      {
        ...atMost(`[sqlite] feedback summary, worst of ${RUNS}`, worst, BUDGET_MS, 'ms'),
        figure: `${worst.toFixed(1)} ms (median ${median.toFixed(1)} ms)`,
      },
      info('[sqlite] GET /feedback with every item and the summary', `${fullMs.toFixed(0)} ms`),
    ];
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  (await benchFeedback()).forEach((r) => console.log(`${r.what}: ${r.figure}`));
