// Names across scripts (shared/search): how well the rule finds people on real Moroccan names
// (tests/names: recall@5 both ways, top-1, false firsts for people not on the roster), how long
// deriving the keys takes, and `GET …/registrations?q=` over 10,000 registrations on SQLite (a
// file) and PostgreSQL (when DATABASE_URL is set). The desk's per-keystroke figures are the desk
// module's (bench/desk.ts), measured in Chromium.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { NewRegistrationRow } from '../server/db/repositories/registrations';
import { nameKeysOf } from '../server/domain/search/nameKeys';
import { startTestServer } from '../tests/support/harness';
import { foldForSearch } from '../shared/search/fold';
import { personTerms } from '../shared/search/terms';
import { measureNames } from '../tests/names/measure';
import { MOROCCAN_NAMES } from '../tests/names/moroccanNames';
import { openMeeting } from './fixtures';
import { atLeast, atMost, info, type BenchRow } from './table';
import { registrationRow } from './registrationRow';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const REGISTRATIONS = 10_000;
const SERVER_BUDGET_MS = 50;
const RUNS = 15;
const SLUG = 'bench-names';
const QUERIES = [
  'Ahmed',
  'El Khamlichi',
  'فاطمة الزهراء',
  'bennani',
  'عبد الله',
  'tanmia',
  'm',
  'Nassira Elkhamlichi',
  'محمد العلوي',
];
const ORGS = [
  'جمعية الأمل للتنمية',
  'Association Tanmia Tétouan',
  'المجلس الجهوي',
  'Réseau des associations du Nord',
  null,
];

/** Made-up people from the real given and family names, half in each script. */
export function namesFrom(count: number): string[] {
  const out: string[] = [];
  const pairs = MOROCCAN_NAMES;
  for (let i = 0; out.length < count; i++) {
    const script = i % 2 ? 'ar' : 'fr';
    const given = (pairs[(i * 7919) % pairs.length] as (typeof pairs)[number])[script].split(
      ' | ',
    )[0];
    const family = (pairs[(i * 104_729 + 13) % pairs.length] as (typeof pairs)[number])[
      script
    ].split(' | ')[1];
    out.push(`${given} ${family}`);
  }
  return out;
}

function quality(): BenchRow[] {
  const f = measureNames(1000);
  return [
    atLeast(
      'recall@5, French spelling → Arabic roster of 1,000',
      f.latinToArabic.recallAt5,
      0.95,
      '',
    ),
    atLeast(
      'recall@5, Arabic spelling → French roster of 1,000',
      f.arabicToLatin.recallAt5,
      0.95,
      '',
    ),
    atLeast('top-1, French → Arabic', f.latinToArabic.top1, 0.8, ''),
    atLeast('top-1, Arabic → French', f.arabicToLatin.top1, 0.8, ''),
    atMost(
      `someone else first for a person not on the roster (${f.absentQueries} queries)`,
      f.falseFirst,
      0.05,
      '',
    ),
  ];
}

function keyBuilding(): BenchRow {
  // Fresh names each run (the words are pooled): the desk derives them once per roster load.
  const names = namesFrom(5000).map((n, i) => `${n} ${i}`);
  const started = performance.now();
  for (const [i, name] of names.entries()) personTerms(name, ORGS[i % ORGS.length]);
  return info(
    '[node] search terms of 5,000 people (desk budget 300 ms: see desk)',
    `${(performance.now() - started).toFixed(0)} ms`,
  );
}

async function serverSearch(label: string): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-bench-names-'));
  const server = await startTestServer({ now: new Date().toISOString(), dataDir });
  try {
    const token = await server.tokenFor('organizer');
    const created = await server.json('POST', '/api/meetings', {
      token,
      body: openMeeting(SLUG, REGISTRATIONS + 100),
    });
    if (created.status !== 201) throw new Error(`meeting not created: ${created.status}`);
    const db = server.deps.db.kysely;
    const meeting = await db
      .selectFrom('meetings')
      .select('id')
      .where('slug', '=', SLUG)
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const rows: NewRegistrationRow[] = namesFrom(REGISTRATIONS).map((fullName, i) => {
      const id = randomUUID();
      const organization = ORGS[i % ORGS.length] ?? null;
      return registrationRow(
        meeting.id,
        {
          id,
          full_name: fullName,
          search_name: foldForSearch(`${fullName} ${organization ?? ''}`),
          name_keys: nameKeysOf(fullName, organization),
          gender: i % 2 ? 'male' : 'female',
          organization,
          workshop_id: null,
        },
        now,
      );
    });
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 500)
        await trx
          .insertInto('registrations')
          .values(rows.slice(i, i + 500))
          .execute();
    });
    // The steady state of a table autovacuum has seen (index-only scans for the counts).
    if (server.deps.db.dialect === 'postgres') await sql`vacuum analyze registrations`.execute(db);
    const all: number[] = [];
    const cpu: number[] = [];
    const perQuery: string[] = [];
    for (const q of QUERIES) {
      const url = `/api/meetings/${SLUG}/registrations?q=${encodeURIComponent(q)}`;
      let found = 0;
      const get = async () => {
        const res = await server.call('GET', url, { token });
        if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
        found = ((await res.json()) as unknown[]).length;
      };
      for (let i = 0; i < 2; i++) await get();
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const usage = process.cpuUsage();
        const started = performance.now();
        await get();
        ms.push(performance.now() - started);
        const used = process.cpuUsage(usage);
        cpu.push((used.user + used.system) / 1000);
      }
      ms.sort((a, b) => a - b);
      all.push(...ms);
      perQuery.push(`${q} ${(ms[Math.floor(RUNS / 2)] ?? 0).toFixed(0)} ms/${found}`);
    }
    all.sort((a, b) => a - b);
    const p95 = all[Math.floor(all.length * 0.95)] ?? 0;
    const middle = median(all);
    return [
      {
        ...atMost(
          `[${label}] GET …/registrations?q= over ${REGISTRATIONS.toLocaleString('en')}, p95 of ${QUERIES.length} queries`,
          p95,
          SERVER_BUDGET_MS,
          'ms',
        ),
        figure: `${p95.toFixed(1)} ms (median ${middle.toFixed(1)} ms, max ${(all.at(-1) ?? 0).toFixed(1)} ms)`,
      },
      info(
        `[${label}] CPU time of this process per request (the machine's load aside), median`,
        `${median(cpu).toFixed(1)} ms (p95 ${(cpu.sort((a, b) => a - b)[Math.floor(cpu.length * 0.95)] ?? 0).toFixed(1)} ms; load average ${loadavg()[0]?.toFixed(1)})`,
      ),
      info(`[${label}] per query: median ms/results`, perQuery.join('; ')),
    ];
  } finally {
    await server.close();
  }
}

export async function benchNames(): Promise<BenchRow[]> {
  const rows = [...quality(), keyBuilding()];
  const url = process.env.DATABASE_URL;
  // The harness picks its database from DATABASE_URL: SQLite first, then PostgreSQL.
  delete process.env.DATABASE_URL;
  try {
    rows.push(...(await serverSearch('sqlite')));
  } finally {
    if (url) process.env.DATABASE_URL = url;
  }
  if (url) rows.push(...(await serverSearch('postgres')));
  else rows.push(info('[postgres] GET …/registrations?q=', 'not measured: DATABASE_URL unset'));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await benchNames())
    console.log(`${row.what}: ${row.figure}${row.budget ? ` (budget ${row.budget})` : ''}`);
}
