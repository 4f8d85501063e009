// Throughput of the hot endpoints with 50 connections (autocannon) beside a bare Hono server
// answering the same bytes, and a registration burst at a window's opening.
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openDatabase } from '../server/db/database';
import { adminToken, startBenchServer } from './server';
import { createMeeting, openMeeting, participant } from './fixtures';
import { pgQueriesPerRegistration } from './roundTrips';
import { atLeast, atMost, holds, info, type BenchRow } from './table';

const CONNECTIONS = 50;
/** Each round of a read benchmark. */
const SECONDS = 3;

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

const detail = (r: autocannon.Result) =>
  `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r['4xx'] + r['5xx']} 4xx/5xx, ${r.errors} errors`;

/** req/s of 2xx/3xx answers only (a 304 is an answer): an error page must not count as speed. */
const rate = (r: autocannon.Result) =>
  ((r['2xx'] + r['3xx']) / r.requests.total) * r.requests.average;

function readRate(url: string, headers: Record<string, string> = {}, seconds = SECONDS) {
  return run({ url, headers, connections: CONNECTIONS, duration: seconds });
}

/** The same bytes from a bare Hono app, in its own process: what the hot reads are held against. */
async function startFixedHono(body: string): Promise<{ url: string; stop(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-fixed-'));
  const file = path.join(dir, 'body.json');
  writeFileSync(file, body);
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const child = fork(path.join(import.meta.dirname, 'fixedHonoProcess.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PORT: String(port), FIXED_BODY_FILE: file, NODE_ENV: 'production' },
  });
  await new Promise((resolve) => child.once('message', resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

const ROUNDS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * The endpoint against the yardstick in alternating rounds, the median of the rounds' ratios:
 * on a machine shared with other work, load that comes and goes then weighs on both alike.
 */
async function againstFixedHono(url: string) {
  const fixed = await startFixedHono(await (await fetch(url)).text());
  try {
    await readRate(fixed.url, {}, 2);
    await readRate(url, {}, 2);
    const ratios: number[] = [];
    let last: { r: autocannon.Result; yardstick: number } | null = null;
    for (let round = 0; round < ROUNDS; round++) {
      const yardstick = rate(await readRate(fixed.url));
      const r = await readRate(url);
      ratios.push(rate(r) / yardstick);
      last = { r, yardstick };
    }
    return { ratio: median(ratios), ratios, ...(last as NonNullable<typeof last>) };
  } finally {
    fixed.stop();
  }
}

interface Instance {
  dbLabel: string;
  url: string;
  token: string;
  stop(): Promise<void>;
}

async function startInstance(dbLabel: string, env: Record<string, string>): Promise<Instance> {
  // The API alone: a stub shell spares this benchmark the client build.
  const clientDir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-client-'));
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Liqa</title>');
  const server = await startBenchServer(18_000 + Math.floor(Math.random() * 1000), {
    LIQA_CLIENT_DIR: clientDir,
    ...env,
  });
  return { dbLabel, url: server.url, token: await adminToken(server.url), stop: server.stop };
}

async function reads({ dbLabel, url: base, token }: Instance): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  await createMeeting(base, token, openMeeting('bench-read', 100));
  for (const [label, p] of [
    ['GET /api/meetings/:slug', '/api/meetings/bench-read'],
    ['GET /api/meetings', '/api/meetings'],
  ] as const) {
    const url = base + p;
    const { ratio, ratios, r, yardstick } = await againstFixedHono(url);
    rows.push({
      ...atLeast(`[${dbLabel}] ${label} against a fixed Hono response`, ratio, 0.5, '×'),
      figure:
        `${ratio.toFixed(2)}× (median of ${ratios.map((x) => x.toFixed(2)).join(', ')}; ` +
        `last round ${Math.round(rate(r))} against ${Math.round(yardstick)} req/s; ${detail(r)})`,
    });
    const etag = (await fetch(url)).headers.get('etag');
    if (etag) {
      const revalidated = await readRate(url, { 'if-none-match': etag });
      rows.push(
        info(
          `[${dbLabel}] ${label}, If-None-Match (304)`,
          `${Math.round(rate(revalidated))} req/s; ${detail(revalidated)}`,
        ),
      );
    }
  }
  return rows;
}

/** Accepted registrations per second for `seconds`, 50 connections, each a new participant. */
function writeRound({ url }: Instance, slug: string, seconds: number) {
  return run({
    url: `${url}/api/meetings/${slug}/registrations`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: JSON.stringify(participant()) }),
      },
    ],
  });
}

/**
 * Registration throughput of each instance, in alternating rounds (a warm-up first), and the
 * median of the rounds' ratios against the first instance (SQLite).
 */
async function writes(instances: Instance[]): Promise<{ rows: BenchRow[]; ratio: number | null }> {
  for (const i of instances) await createMeeting(i.url, i.token, openMeeting('bench-write', 1e6));
  for (const i of instances) await writeRound(i, 'bench-write', 2);
  const rates = instances.map(() => [] as number[]);
  const last: autocannon.Result[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [n, i] of instances.entries()) {
      const r = await writeRound(i, 'bench-write', 4);
      rates[n]?.push(rate(r));
      last[n] = r;
    }
  }
  const rows = instances.map((i, n) =>
    info(
      `[${i.dbLabel}] POST …/registrations (accepted)`,
      `${Math.round(median(rates[n] ?? []))} req/s (median of ${ROUNDS} rounds; last ${detail(last[n] as autocannon.Result)})`,
    ),
  );
  const [first, second] = rates;
  const ratio =
    first && second ? median(second.map((x, round) => x / (first[round] ?? Infinity))) : null;
  return { rows, ratio };
}

/** 10,000 registrations the moment a window opens, for 5,000 seats: count what came out. */
async function burst(url: string, token: string, dbLabel: string): Promise<BenchRow> {
  const seats = 5000;
  const total = 10_000;
  await createMeeting(url, token, openMeeting('bench-burst', seats));
  const bodies = Array.from({ length: total }, participant);
  let next = 0;
  const started = performance.now();
  const answers: Array<{ status: number; state?: string }> = [];
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < total) {
        const body = bodies[next++];
        const res = await fetch(`${url}/api/meetings/bench-burst/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        answers.push({
          status: res.status,
          state: ((await res.json()) as { status?: string }).status,
        });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const list = (await (
    await fetch(`${url}/api/meetings/bench-burst/registrations`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).json()) as Array<{ id: string; status: string }>;
  const ids = new Set(list.map((r) => r.id));
  const accepted = list.filter((r) => r.status === 'accepted').length;
  const lost = bodies.filter((b) => !ids.has(b.id)).length;
  const duplicated = list.length - ids.size;
  const overbooked = Math.max(0, accepted - seats);
  const refused = answers.filter((a) => a.status !== 201).length;
  return holds(
    `[${dbLabel}] burst of ${total} registrations for ${seats} seats`,
    lost === 0 && duplicated === 0 && overbooked === 0 && accepted === seats,
    `${seconds.toFixed(1)} s (${Math.round(total / seconds)}/s), stored ${list.length}, lost ${lost}, ` +
      `duplicated ${duplicated}, accepted ${accepted} (overbooked ${overbooked}), refused ${refused}`,
    'none lost, doubled or overbooked',
  );
}

/** SQLite, and PostgreSQL when DATABASE_URL is set (a fresh schema), compared in one run. */
export async function benchHttp(): Promise<BenchRow[]> {
  const instances = [await startInstance('sqlite', {})];
  const url = process.env.DATABASE_URL;
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  try {
    if (url)
      instances.push(
        await startInstance('postgres', { DATABASE_URL: url, LIQA_DB_SCHEMA: schema }),
      );
    const rows: BenchRow[] = [];
    for (const i of instances) rows.push(...(await reads(i)));
    const written = await writes(instances);
    rows.push(...written.rows);
    for (const i of instances) rows.push(await burst(i.url, i.token, i.dbLabel));
    if (process.env.DATABASE_URL)
      rows.push(
        atMost(
          '[postgres] round trips per POST …/registrations (10 before)',
          await pgQueriesPerRegistration(),
          2,
          'queries',
        ),
      );
    rows.push(
      written.ratio === null
        ? {
            what: 'POST …/registrations, PostgreSQL against SQLite',
            budget: '≥ 0.7 ×',
            figure: 'not measured: DATABASE_URL unset',
            ok: false,
          }
        : {
            ...atLeast('POST …/registrations, PostgreSQL against SQLite', written.ratio, 0.7, '×'),
            figure: `${written.ratio.toFixed(2)}× (median of ${ROUNDS} alternating rounds)`,
          },
    );
    return rows;
  } finally {
    await Promise.all(instances.map((i) => i.stop()));
    if (url) await dropSchema(url, schema);
  }
}

/** The benchmark's 10,000s of rows leave with it: the next run starts on the same database. */
async function dropSchema(url: string, schema: string): Promise<void> {
  const db = openDatabase({ url, schema, dataDir: tmpdir() });
  try {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
  } finally {
    await db.close();
  }
}
