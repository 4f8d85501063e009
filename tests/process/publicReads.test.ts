// Two Liqa server processes on one database (one SQLite file, or one PostgreSQL schema when
// DATABASE_URL is set): a meeting that one of them keeps in memory shows the other's change at
// once on SQLite and within OTHER_INSTANCE_WRITES_SEEN_WITHIN_MS on PostgreSQL, its ETag with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OTHER_INSTANCE_WRITES_SEEN_WITHIN_MS } from '../../server/http/publicCache';
import { openMeetingBody } from '../support/factories/meeting';
import { registrationBody } from '../support/factories/registration';
import { startLiqaProcess, stubClientDir, type LiqaProcess } from '../support/liqaProcess';

const env = {
  DATABASE_URL: process.env.DATABASE_URL ?? '',
  LIQA_DB_SCHEMA: `t_${randomBytes(6).toString('hex')}`,
  LIQA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'liqa-two-')),
  LIQA_SECRET: randomBytes(32).toString('base64url'),
  LIQA_CLIENT_DIR: stubClientDir(),
  LIQA_ADMIN_EMAIL: 'two@liqa.ma',
  LIQA_ADMIN_PASSWORD: 'two-password-1',
};

let writer: LiqaProcess;
let reader: LiqaProcess;
let token: string;

beforeAll(async () => {
  writer = await startLiqaProcess(env); // migrates first
  reader = await startLiqaProcess(env);
  const login = await fetch(`${writer.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: env.LIQA_ADMIN_EMAIL, password: env.LIQA_ADMIN_PASSWORD }),
  });
  token = ((await login.json()) as { token: string }).token;
});
afterAll(async () => {
  await Promise.all([writer?.stop(), reader?.stop()]);
});

async function openMeeting(): Promise<string> {
  const slug = `two-${randomUUID().slice(0, 8)}`;
  const res = await fetch(`${writer.url}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(
      openMeetingBody(new Date(), { slug, eligibleRegions: undefined, capacity: 10 }),
    ),
  });
  expect(res.status).toBe(201);
  return slug;
}

/** Reads it from the reader until it is in that process's memory. */
async function warm(p: string): Promise<string> {
  let etag = '';
  for (let i = 0; i < 3; i++) etag = (await fetch(reader.url + p)).headers.get('etag') ?? '';
  return etag;
}

const onPostgres = Boolean(env.DATABASE_URL);
/** What "promptly" allows on PostgreSQL: the bound, and room for a loaded machine's requests. */
const PROMPTLY_MS = OTHER_INSTANCE_WRITES_SEEN_WITHIN_MS + 750;

/**
 * Reads from the reader, as soon as the writer has answered, until `seen` holds: on SQLite the
 * first read must show it, on PostgreSQL a read within PROMPTLY_MS of the write's answer.
 */
async function shownByReader(
  p: string,
  init: RequestInit,
  seen: (res: Response) => Promise<boolean>,
) {
  const started = performance.now();
  for (let reads = 1; ; reads++) {
    const res = await fetch(reader.url + p, init);
    if (await seen(res)) return { reads, ms: performance.now() - started };
    if (!onPostgres || performance.now() - started > 5_000)
      throw new Error(`${p} still stale after ${reads} reads`);
  }
}

function expectPrompt(shown: { reads: number; ms: number }) {
  if (onPostgres) expect(shown.ms).toBeLessThanOrEqual(PROMPTLY_MS);
  else expect(shown.reads).toBe(1);
}

describe('two server processes on one database', () => {
  it('the other process shows an organizer’s edit promptly, with a new ETag', async () => {
    const slug = await openMeeting();
    const etag = await warm(`/api/meetings/${slug}`);
    const listTag = await warm('/api/meetings');
    const patched = await fetch(`${writer.url}/api/meetings/${slug}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ capacity: 12 }),
    });
    expect(patched.status).toBe(200);
    expectPrompt(
      await shownByReader(
        `/api/meetings/${slug}`,
        { headers: { 'if-none-match': etag } },
        async (res) =>
          res.status === 200 &&
          res.headers.get('etag') !== etag &&
          ((await res.json()) as { capacity: number }).capacity === 12,
      ),
    );
    expectPrompt(
      await shownByReader(
        '/api/meetings',
        { headers: { 'if-none-match': listTag } },
        async (res) => {
          if (res.status !== 200) return false;
          const list = (await res.json()) as Array<{ slug: string; capacity: number }>;
          return list.find((m) => m.slug === slug)?.capacity === 12;
        },
      ),
    );
  });

  it('the other process shows a seat taken promptly', async () => {
    const slug = await openMeeting();
    await warm(`/api/meetings/${slug}`);
    const registered = await fetch(`${writer.url}/api/meetings/${slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(registrationBody({ fullName: 'سناء العلمي', role: 'citizen' })),
    });
    expect(registered.status).toBe(201);
    expectPrompt(
      await shownByReader(
        `/api/meetings/${slug}`,
        {},
        async (res) => ((await res.json()) as { seatsLeft: number }).seatsLeft === 9,
      ),
    );
  });

  it('the other process stops showing a meeting taken back to draft, promptly', async () => {
    const slug = await openMeeting();
    await warm(`/api/meetings/${slug}`);
    const patched = await fetch(`${writer.url}/api/meetings/${slug}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ status: 'draft' }),
    });
    expect(patched.status).toBe(200);
    expectPrompt(
      await shownByReader(`/api/meetings/${slug}`, {}, async (res) => {
        await res.arrayBuffer();
        return res.status === 404;
      }),
    );
  });
});
