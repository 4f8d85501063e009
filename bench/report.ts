// The participant report of a 10,000-registration meeting (half checked in, beside 20,000
// registrations of other meetings), timed on SQLite (a file, as in production) and on
// PostgreSQL when DATABASE_URL is set (a fresh schema, dropped afterwards). Budget: 100 ms.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { registrationRow } from './registrationRow';
import {
  ACCESSIBILITY_NEEDS,
  AGE_BANDS,
  GENDERS,
  REGISTRATION_SOURCES,
  ROLES,
} from '../shared/enums';
import { PROVINCE_CODES } from '../shared/geo';
import type { ReportBasis } from '../shared/reports/types';
import { loadConfig } from '../server/config';
import { migrateToLatest, openDatabase, type Db } from '../server/db/database';
import type { NewRegistrationRow } from '../server/db/repositories/registrations';
import { meetingReport } from '../server/domain/reports/meetingReport';
import { meetingBody } from '../tests/support/harness';
import { atMost, type BenchRow } from './table';

const SIZE = 10_000;
const BUDGET_MS = 100;
const RUNS = 30;

async function addMeeting(db: Db, slug: string): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('meetings')
    .values({
      id,
      slug,
      status: 'published',
      timezone: 'Africa/Casablanca',
      starts_at: now,
      ends_at: now,
      opens_at: now,
      closes_at: now,
      capacity: SIZE,
      data: JSON.stringify(meetingBody({ slug })),
      created_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return id;
}

function person(meetingId: string, i: number, now: string): NewRegistrationRow {
  const pick = <T>(list: readonly T[], salt: number) =>
    list[(i * 7919 + salt * 104_729) % list.length] as T;
  const needs =
    i % 10 === 0 ? [pick(ACCESSIBILITY_NEEDS, 1)] : i % 37 === 0 ? ['wheelchair', 'companion'] : [];
  const id = randomUUID();
  return registrationRow(
    meetingId,
    {
      id,
      full_name: `مشارك ${i}`,
      search_name: `مشارك ${i}`,
      gender: pick(GENDERS, 2),
      age_band: pick(AGE_BANDS, 3),
      role: pick(ROLES, 4),
      province_code: pick(PROVINCE_CODES, 5),
      accessibility: JSON.stringify(needs),
      workshop_id: null,
      source: pick(REGISTRATION_SOURCES, 6),
      status: i % 20 === 19 ? 'cancelled' : 'accepted',
      checked_in_at: i % 2 === 0 ? now : null,
    },
    now,
  );
}

async function fill(db: Db, meetingId: string): Promise<void> {
  const now = new Date().toISOString();
  await db.kysely.transaction().execute(async (trx) => {
    for (let start = 0; start < SIZE; start += 500) {
      const rows = Array.from({ length: Math.min(500, SIZE - start) }, (_, j) =>
        person(meetingId, start + j, now),
      );
      await trx.insertInto('registrations').values(rows).execute();
    }
  });
}

async function time(
  db: Db,
  meetingId: string,
  basis: ReportBasis,
): Promise<{ median: number; p95: number; total: number }> {
  const deps = { db, config: loadConfig({}), now: () => new Date() };
  const meeting = await db.kysely
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
  let total = 0;
  for (let i = 0; i < 3; i++) total = (await meetingReport(deps, meeting, basis)).total;
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await meetingReport(deps, meeting, basis);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(RUNS / 2)] ?? 0, p95: ms[Math.floor(RUNS * 0.95)] ?? 0, total };
}

/** The meeting under test (its id), beside two others of the same size. */
export async function seedBenchMeetings(db: Db): Promise<string> {
  const target = await addMeeting(db, 'bench-report');
  await fill(db, target);
  for (const other of ['bench-other-1', 'bench-other-2'])
    await fill(db, await addMeeting(db, other));
  if (db.dialect === 'postgres') await sql`analyze registrations`.execute(db.kysely);
  return target;
}

async function run(label: string, db: Db, schema?: string): Promise<BenchRow[]> {
  try {
    await migrateToLatest(db, schema);
    const target = await seedBenchMeetings(db);
    const lines: BenchRow[] = [];
    for (const basis of ['attended', 'registered'] as const) {
      const { median, p95, total } = await time(db, target, basis);
      lines.push({
        ...atMost(
          `[${label}] report of ${SIZE.toLocaleString('en')} registrations, basis ${basis}, p95`,
          p95,
          BUDGET_MS,
          'ms',
        ),
        figure: `${p95.toFixed(1)} ms (median ${median.toFixed(1)} ms, ${total} counted)`,
      });
    }
    return lines;
  } finally {
    if (schema) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
    await db.close();
  }
}

export async function benchReport(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-report-'));
  const lines = await run('sqlite', openDatabase({ dataDir }));
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `bench_report_${randomBytes(4).toString('hex')}`;
    lines.push(...(await run('postgres', openDatabase({ url, schema, dataDir }), schema)));
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchReport()) console.log(`${r.what}: ${r.figure}`);
}
