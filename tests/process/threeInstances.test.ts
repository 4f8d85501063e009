// Three Liqa server processes on one PostgreSQL schema (same DATABASE_URL, schema and
// LIQA_SECRET, different ports), requests spread round-robin: the double requests and mixed
// traffic of the concurrency suite keep the books right across instances. The control run
// starts three processes whose registration transitions are unguarded and must break them.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase, type Db } from '../../server/db/database';
import { startLiqaProcess, stubClientDir, type LiqaProcess } from '../support/liqaProcess';
import type { RaceApi } from '../support/raceScenarios';
import { raceSuite, unguardedBreaksTheBooks } from '../support/raceSuite';

const url = process.env.DATABASE_URL;
const schema = `t_${randomBytes(6).toString('hex')}`;
const env = {
  DATABASE_URL: url ?? '',
  LIQA_DB_SCHEMA: schema,
  LIQA_SECRET: randomBytes(32).toString('base64url'),
  LIQA_CLIENT_DIR: stubClientDir(),
  LIQA_ADMIN_EMAIL: 'three@liqa.ma',
  LIQA_ADMIN_PASSWORD: 'three-password-1',
};
const UNGUARDED = ['--import', './tests/support/unguarded/loader.mjs'];

/** The first process migrates the schema; the others join it once it is there. */
async function startThree(nodeArgs: string[] = []): Promise<LiqaProcess[]> {
  const first = await startLiqaProcess(env, nodeArgs);
  const rest = await Promise.all([1, 2].map(() => startLiqaProcess(env, nodeArgs)));
  return [first, ...rest];
}

async function roundRobin(processes: LiqaProcess[], db: Db): Promise<RaceApi> {
  let next = 0;
  const call: RaceApi['call'] = async (method, path, init = {}) => {
    const target = processes[next++ % processes.length] as LiqaProcess;
    const res = await fetch(`${target.url}${path}`, {
      method,
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : {} };
  };
  const login = await call('POST', '/api/auth/login', {
    body: { email: env.LIQA_ADMIN_EMAIL, password: env.LIQA_ADMIN_PASSWORD },
  });
  return { call, organizer: String(login.body.token), db: db.kysely, now: new Date() };
}

describe.runIf(Boolean(url))('three server processes on one PostgreSQL schema', () => {
  let processes: LiqaProcess[] = [];
  let db: Db;
  let api: RaceApi;
  beforeAll(async () => {
    processes = await startThree();
    db = openDatabase({ url, schema, dataDir: stubClientDir() });
    api = await roundRobin(processes, db);
  }, 150_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
    await db.close();
  });

  raceSuite(() => api, 2);

  it('control: three unguarded processes break the books', async () => {
    const unguarded = await Promise.all([0, 1, 2].map(() => startLiqaProcess(env, UNGUARDED)));
    try {
      await unguardedBreaksTheBooks(await roundRobin(unguarded, db), 3);
    } finally {
      await Promise.all(unguarded.map((p) => p.stop()));
    }
  }, 150_000);
});
