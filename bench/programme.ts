// A programme's public JSON — the programme, its summed report and its proposals — for 20
// meetings and 20,000 registrations (half checked in, 10 proposals a meeting), answered by the
// app in-process on SQLite (a file, as in production) and on PostgreSQL when DATABASE_URL is set
// (a fresh schema, dropped afterwards). Budget: 150 ms each.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { AGE_BANDS, GENDERS, REGISTRATION_SOURCES, ROLES } from '../shared/enums';
import { PROVINCE_CODES } from '../shared/geo';
import { createApp } from '../server/app';
import { loadConfig } from '../server/config';
import { migrateToLatest, openDatabase, type Db } from '../server/db/database';
import type { NewRegistrationRow } from '../server/db/repositories/registrations';
import { meetingBody } from '../tests/support/harness';
import { atMost, type BenchRow } from './table';
import { registrationRow } from './registrationRow';

const MEETINGS = 20;
const PER_MEETING = 1_000;
const BUDGET_MS = 150;
const RUNS = 30;
const SLUG = 'bench-programme';

async function seed(db: Db): Promise<void> {
  const now = new Date().toISOString();
  const programmeId = randomUUID();
  await db.kysely
    .insertInto('programmes')
    .values({
      id: programmeId,
      slug: SLUG,
      data: JSON.stringify({ title: { ar: 'خطة العمل الوطنية الثالثة' } }),
      created_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  for (let m = 0; m < MEETINGS; m++) {
    const meetingId = randomUUID();
    const slug = `bench-meeting-${m}`;
    const startsAt = new Date(Date.UTC(2026, 0, 1 + m * 7, 9)).toISOString();
    await db.kysely
      .insertInto('meetings')
      .values({
        id: meetingId,
        slug,
        status: 'published',
        timezone: 'Africa/Casablanca',
        starts_at: startsAt,
        ends_at: startsAt,
        opens_at: now,
        closes_at: now,
        capacity: PER_MEETING,
        data: JSON.stringify(meetingBody({ slug, programmeSlug: SLUG })),
        created_by: null,
        created_at: now,
        updated_at: now,
        version: 1,
        programme_id: programmeId,
      })
      .execute();
    const people = Array.from({ length: PER_MEETING }, (_, i) => person(meetingId, i, now));
    for (let start = 0; start < people.length; start += 500)
      await db.kysely
        .insertInto('registrations')
        .values(people.slice(start, start + 500))
        .execute();
    const feedbackId = randomUUID();
    await db.kysely
      .insertInto('feedback')
      .values({
        id: feedbackId,
        meeting_id: meetingId,
        registration_id: null,
        kind: 'on-site',
        workshop_id: 'w1',
        rating_overall: 4,
        rating_content: null,
        rating_organization: null,
        rating_logistics: null,
        rating_facilitation: null,
        problems: '[]',
        solutions: '[]',
        expected_results: '[]',
        comment: null,
        locale: 'ar',
        request_hash: feedbackId,
        created_at: now,
      })
      .execute();
    await db.kysely
      .insertInto('proposals')
      .values(
        Array.from({ length: 10 }, (_, position) => ({
          id: randomUUID(),
          meeting_id: meetingId,
          feedback_id: feedbackId,
          position,
          workshop_id: 'w1',
          text: `مقترح رقم ${position + 1} حول الولوج إلى المعلومة`,
          created_at: now,
          updated_at: now,
          explanation: null,
          institution: null,
          merged_into: null,
        })),
      )
      .execute();
  }
  if (db.dialect === 'postgres') await sql`analyze`.execute(db.kysely);
}

function person(meetingId: string, i: number, now: string): NewRegistrationRow {
  const pick = <T>(list: readonly T[], salt: number) =>
    list[(i * 7919 + salt * 104_729) % list.length] as T;
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
      accessibility: i % 10 === 0 ? '["wheelchair"]' : '[]',
      workshop_id: null,
      source: pick(REGISTRATION_SOURCES, 6),
      status: i % 20 === 19 ? 'cancelled' : 'accepted',
      checked_in_at: i % 2 === 0 ? now : null,
    },
    now,
  );
}

async function run(label: string, db: Db, dataDir: string, schema?: string): Promise<BenchRow[]> {
  try {
    await migrateToLatest(db, schema);
    await seed(db);
    const app = createApp({
      db,
      config: loadConfig({ LIQA_DATA_DIR: dataDir }),
      now: () => new Date(),
    });
    const lines: BenchRow[] = [];
    for (const suffix of ['', '/report', '/report?basis=registered', '/proposals']) {
      const url = `/api/programmes/${SLUG}${suffix}`;
      const get = async () => {
        const res = await app.request(url);
        if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
        return res.text();
      };
      for (let i = 0; i < 3; i++) await get();
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await get();
        ms.push(performance.now() - started);
      }
      ms.sort((a, b) => a - b);
      const median = ms[Math.floor(RUNS / 2)] ?? 0;
      const p95 = ms[Math.floor(RUNS * 0.95)] ?? 0;
      lines.push({
        ...atMost(
          `[${label}] GET ${url} (${MEETINGS} meetings, ${(MEETINGS * PER_MEETING).toLocaleString('en')} registrations), p95`,
          Number(p95.toFixed(1)),
          BUDGET_MS,
          'ms',
        ),
        figure: `${p95.toFixed(1)} ms (median ${median.toFixed(1)} ms)`,
      });
    }
    return lines;
  } finally {
    if (schema) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
    await db.close();
  }
}

export async function benchProgramme(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-programme-'));
  const lines = await run('sqlite', openDatabase({ dataDir }), dataDir);
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `bench_programme_${randomBytes(4).toString('hex')}`;
    lines.push(...(await run('postgres', openDatabase({ url, schema, dataDir }), dataDir, schema)));
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await benchProgramme())
    console.log(`${row.what}: ${row.figure} (budget ${row.budget})`);
}
