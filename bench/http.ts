// Throughput of the hot endpoints with 50 connections (autocannon) beside a bare Hono server
// answering the same bytes, and a registration burst at a window's opening.
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { adminToken, startBenchServer } from './server';
import { createMeeting, openMeeting, participant } from './fixtures';
import { atLeast, holds, info, type BenchRow } from './table';

const CONNECTIONS = 50;
const SECONDS = 8;

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

const detail = (r: autocannon.Result) =>
  `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.non2xx} non-2xx, ${r.errors} errors`;

/** req/s of 2xx/3xx answers only: an error page must not count as speed. */
const rate = (r: autocannon.Result) =>
  ((r.requests.total - r.non2xx - r.errors) / r.requests.total) * r.requests.average;

async function readRate(url: string, headers: Record<string, string> = {}) {
  await run({ url, headers, connections: CONNECTIONS, duration: 2 }); // warm-up
  return run({ url, headers, connections: CONNECTIONS, duration: SECONDS });
}

/** The same bytes from a bare Hono app: the figure the hot reads are held against. */
async function fixedHono(body: string): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-fixed-'));
  const file = path.join(dir, 'body.json');
  writeFileSync(file, body);
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const child = fork(path.join(import.meta.dirname, 'fixedHonoProcess.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PORT: String(port), FIXED_BODY_FILE: file, NODE_ENV: 'production' },
  });
  await new Promise((resolve) => child.once('message', resolve));
  try {
    return rate(await readRate(`http://127.0.0.1:${port}/`));
  } finally {
    child.kill('SIGTERM');
  }
}

interface HttpFigures {
  rows: BenchRow[];
  /** Accepted registrations per second, for the PostgreSQL-against-SQLite comparison. */
  writes: number;
}

async function measure(dbLabel: string, env: Record<string, string>): Promise<HttpFigures> {
  const rows: BenchRow[] = [];
  // The API alone: a stub shell spares this benchmark the client build.
  const clientDir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-client-'));
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Liqa</title>');
  const server = await startBenchServer(18_000 + Math.floor(Math.random() * 1000), {
    LIQA_CLIENT_DIR: clientDir,
    ...env,
  });
  try {
    const token = await adminToken(server.url);
    await createMeeting(server.url, token, openMeeting('bench-read', 100));
    for (const [label, p] of [
      ['GET /api/meetings/:slug', '/api/meetings/bench-read'],
      ['GET /api/meetings', '/api/meetings'],
    ] as const) {
      const url = server.url + p;
      const body = await (await fetch(url)).text();
      const yardstick = await fixedHono(body);
      const r = await readRate(url);
      rows.push({
        ...atLeast(
          `[${dbLabel}] ${label} against a fixed Hono response`,
          rate(r) / yardstick,
          0.5,
          '×',
        ),
        figure: `${(rate(r) / yardstick).toFixed(2)}× (${Math.round(rate(r))} against ${Math.round(yardstick)} req/s; ${detail(r)})`,
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

    await createMeeting(server.url, token, openMeeting('bench-write', 1_000_000));
    const write = await run({
      url: `${server.url}/api/meetings/bench-write/registrations`,
      connections: CONNECTIONS,
      duration: 10,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => ({ ...req, body: JSON.stringify(participant()) }),
        },
      ],
    });
    rows.push(
      info(
        `[${dbLabel}] POST …/registrations (accepted)`,
        `${Math.round(rate(write))} req/s; ${detail(write)}`,
      ),
    );
    rows.push(await burst(server.url, token, dbLabel));
    return { rows, writes: rate(write) };
  } finally {
    await server.stop();
  }
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

/** SQLite, then PostgreSQL when DATABASE_URL is set (a fresh schema), compared in one run. */
export async function benchHttp(): Promise<BenchRow[]> {
  const sqlite = await measure('sqlite', {});
  const rows = [...sqlite.rows];
  if (process.env.DATABASE_URL) {
    const pg = await measure('postgres', {
      DATABASE_URL: process.env.DATABASE_URL,
      LIQA_DB_SCHEMA: `bench_${randomBytes(4).toString('hex')}`,
    });
    rows.push(...pg.rows, {
      ...atLeast(
        'POST …/registrations, PostgreSQL against SQLite',
        pg.writes / sqlite.writes,
        0.7,
        '×',
      ),
      figure: `${(pg.writes / sqlite.writes).toFixed(2)}× (${Math.round(pg.writes)} against ${Math.round(sqlite.writes)} req/s)`,
    });
  } else {
    rows.push({
      what: 'POST …/registrations, PostgreSQL against SQLite',
      budget: '≥ 0.7 ×',
      figure: 'not measured: DATABASE_URL unset',
      ok: false,
    });
  }
  return rows;
}
