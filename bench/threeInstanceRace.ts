// 300 people registering at once for the last 10 seats, spread round-robin over three server
// processes on one PostgreSQL schema: how long until all are answered, and whether the books
// hold (exactly 10 accepted, the counter equal to them).
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase } from '../server/db/database';
import { seatInvariantViolations } from '../server/domain/registration/seatInvariant';
import { startLiqaProcess, stubClientDir } from '../tests/support/liqaProcess';
import { adminToken } from './server';
import { createMeeting, openMeeting, participant } from './fixtures';
import { atMost, holds, info, type BenchRow } from './table';

const BUDGET_S = 10;

export async function benchThreeInstanceRace(): Promise<BenchRow[]> {
  const url = process.env.DATABASE_URL;
  if (!url) return [info('[postgres] three-process race', 'skipped (set DATABASE_URL)')];
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const env = {
    DATABASE_URL: url,
    LIQA_DB_SCHEMA: schema,
    LIQA_SECRET: randomBytes(32).toString('base64url'),
    LIQA_CLIENT_DIR: stubClientDir(),
    LIQA_ADMIN_EMAIL: 'bench@liqa.ma',
    LIQA_ADMIN_PASSWORD: 'bench-password-1',
  };
  const first = await startLiqaProcess(env);
  const processes = [first, ...(await Promise.all([1, 2].map(() => startLiqaProcess(env))))];
  const db = openDatabase({ url, schema, dataDir: stubClientDir() });
  try {
    const token = await adminToken(first.url);
    const register = (target: (typeof processes)[number], slug: string, body: unknown) =>
      fetch(`${target.url}/api/meetings/${slug}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    // Warm-up, not timed: each process compiles and connects on its first requests.
    await createMeeting(first.url, token, openMeeting('warm-up', 1000));
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        register(processes[i % 3] as (typeof processes)[number], 'warm-up', participant()),
      ),
    );
    await createMeeting(first.url, token, openMeeting('race', 10));
    const bodies = Array.from({ length: 300 }, participant);
    const started = performance.now();
    const statuses = await Promise.all(
      bodies.map(async (body, i) => {
        const target = processes[i % processes.length] as (typeof processes)[number];
        const res = await register(target, 'race', body);
        return ((await res.json()) as { status?: string }).status ?? `HTTP ${res.status}`;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const meeting = await db.kysely
      .selectFrom('meetings')
      .select('id')
      .where('slug', '=', 'race')
      .executeTakeFirstOrThrow();
    const { violations, books } = await seatInvariantViolations(db.kysely, meeting.id);
    const accepted = statuses.filter((s) => s === 'accepted').length;
    const waitlisted = statuses.filter((s) => s === 'waitlisted').length;
    const what = '[postgres] three processes, 300 registrations for 10 seats';
    return [
      atMost(`${what}: all answered`, Number(seconds.toFixed(2)), BUDGET_S, 's'),
      holds(
        `${what}: the books`,
        violations.length === 0 && accepted === 10,
        `accepted ${accepted}, waitlisted ${waitlisted}, seats_taken ${books.seatsTaken}` +
          (violations.length ? `; ${violations.join('; ')}` : ''),
        'exactly 10 accepted, seats_taken = accepted',
      ),
    ];
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
    await db.close();
  }
}

if (process.argv[1]?.endsWith('threeInstanceRace.ts')) {
  console.log(await benchThreeInstanceRace());
}
