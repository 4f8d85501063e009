// Check-in at scale, in process (so the figures are the server's own work): a meeting of 5,000
// accepted attendees, its roster, and batches of 1,000 events (budget: ≤ 1 s each on SQLite).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createApp } from '../server/app';
import { derivedToken } from '../server/auth/secret';
import { sha256Hex } from '../server/auth/tokens';
import { loadConfig } from '../server/config';
import { migrateToLatest, openDatabase, type Db } from '../server/db/database';
import type { NewRegistrationRow } from '../server/db/repositories/registrations';
import type { Deps } from '../server/deps';
import { ensureFirstAdmin } from '../server/domain/accounts';
import { openMeeting } from './fixtures';
import { atMost, info, type BenchRow } from './table';
import { registrationRow } from './registrationRow';

const ATTENDEES = 5000;
const BATCH = 1000;

/** 5,000 accepted registrations written straight to the table, 500 rows per INSERT. */
async function seedAttendees(deps: Deps, meetingId: string): Promise<string[]> {
  const nowIso = new Date().toISOString();
  const rows: NewRegistrationRow[] = [];
  for (let i = 0; i < ATTENDEES; i++) {
    const id = randomUUID();
    rows.push(
      registrationRow(
        meetingId,
        {
          id,
          full_name: `مشارك رقم ${i}`,
          search_name: `مشارك رقم ${i}`,
          gender: i % 2 ? 'male' : 'female',
          organization: 'جمعية المجتمع المدني',
          manage_token_hash: sha256Hex(id),
          ticket_hash: sha256Hex(await derivedToken(deps, 'ticket', id)),
        },
        nowIso,
      ),
    );
  }
  await deps.db.kysely.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('registrations')
        .values(rows.slice(i, i + 500))
        .execute();
    await trx
      .updateTable('meetings')
      .set({ seats_taken: ATTENDEES })
      .where('id', '=', meetingId)
      .execute();
  });
  return rows.map((r) => r.id);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

async function median<T>(
  run: () => Promise<{ ms: number; value: T }>,
): Promise<{ ms: number; value: T }> {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await run());
  return runs.sort((a, b) => a.ms - b.ms)[2] as { ms: number; value: T };
}

async function benchOn(label: string, db: Db, schema?: string): Promise<BenchRow[]> {
  await migrateToLatest(db, schema);
  const config = {
    ...loadConfig({}),
    adminEmail: 'bench@liqa.ma',
    adminPassword: 'bench-password-1',
    rateLimit: 0,
  };
  const deps: Deps = { db, config, now: () => new Date() };
  await ensureFirstAdmin(deps);
  const app = createApp(deps);
  const call = async (
    method: string,
    p: string,
    token?: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.request(p, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const login = await call('POST', '/api/auth/login', undefined, {
    email: 'bench@liqa.ma',
    password: 'bench-password-1',
  });
  const { token } = (await login.json()) as { token: string };
  await call('POST', '/api/meetings', token, openMeeting('bench-checkin', ATTENDEES + 100));
  const meeting = await db.kysely
    .selectFrom('meetings')
    .select('id')
    .where('slug', '=', 'bench-checkin')
    .executeTakeFirstOrThrow();
  const seeded = await timed(() => seedAttendees(deps, meeting.id));
  const ids = seeded.value;
  const out = [
    info(`[${label}] ${ATTENDEES} accepted attendees seeded`, `${seeded.ms.toFixed(0)} ms`),
  ];

  const roster = async (headers: Record<string, string> = {}) =>
    (
      await call('GET', '/api/meetings/bench-checkin/roster', token, undefined, headers)
    ).arrayBuffer();
  await roster();
  const plain = await median(() => timed(roster));
  const gzip = await median(() => timed(() => roster({ 'accept-encoding': 'gzip' })));
  out.push(
    info(
      `[${label}] GET roster (${ATTENDEES}), median of 5`,
      `${plain.ms.toFixed(0)} ms, ${(plain.value.byteLength / 1024).toFixed(0)} KiB; ` +
        `gzip ${gzip.ms.toFixed(0)} ms, ${(gzip.value.byteLength / 1024).toFixed(0)} KiB`,
    ),
  );

  const tokens = await Promise.all(
    ids.slice(0, BATCH).map((id) => derivedToken(deps, 'ticket', id)),
  );
  // Four scans in five by QR, the rest found by name; desk 2 later syncs earlier scans of them all.
  const first = ids.slice(0, BATCH).map((id, i) => ({
    id: randomUUID(),
    at: `2026-12-12T09:${String(10 + (i % 40)).padStart(2, '0')}:00Z`,
    method: i % 5 ? 'qr' : 'search',
    ...(i % 5 ? { token: tokens[i] } : { registrationId: id }),
  }));
  const second = ids.slice(0, BATCH).map((registrationId) => ({
    id: randomUUID(),
    at: '2026-12-12T09:05:00Z',
    method: 'search',
    registrationId,
  }));
  const post = (deviceId: string, events: unknown[]) => async () => {
    const res = await call('POST', '/api/meetings/bench-checkin/checkins', token, {
      deviceId,
      events,
    });
    const body = (await res.json()) as { results: Array<{ outcome: string }> };
    return body.results.filter((r) => r.outcome === 'checked-in').length;
  };
  const runs: Array<[string, () => Promise<number>]> = [
    ['1,000 new check-ins', post('desk-1', first)],
    ['1,000 repeats from another desk, earlier scans', post('desk-2', second)],
    ['the first batch replayed', post('desk-1', first)],
  ];
  for (const [what, run] of runs) {
    const r = await timed(run);
    out.push({
      ...atMost(`[${label}] POST checkins, ${what}`, r.ms, 1000, 'ms'),
      figure: `${r.ms.toFixed(0)} ms (${r.value} checked-in)`,
    });
  }
  const summary = await timed(
    async () =>
      (await call('GET', '/api/meetings/bench-checkin/checkins/summary', token)).json() as Promise<{
        arrived: number;
      }>,
  );
  out.push(
    info(
      `[${label}] GET checkins/summary`,
      `${summary.ms.toFixed(0)} ms (arrived ${summary.value.arrived})`,
    ),
  );
  const audit = await timed(
    async () =>
      (
        (await (
          await call('GET', '/api/meetings/bench-checkin/checkins', token)
        ).json()) as unknown[]
      ).length,
  );
  out.push(
    info(`[${label}] GET checkins (audit list of ${audit.value})`, `${audit.ms.toFixed(0)} ms`),
  );
  return out;
}

export async function benchCheckin(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-checkin-'));
  const sqlite = openDatabase({ dataDir });
  const out = await benchOn('sqlite', sqlite).finally(() => sqlite.close());
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const pg = openDatabase({ url, schema, dataDir });
    try {
      out.push(...(await benchOn('postgres', pg, schema)));
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(pg.kysely);
    } finally {
      await pg.close();
    }
  }
  return out;
}
