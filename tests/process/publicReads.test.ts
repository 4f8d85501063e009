// Two Liqa server processes on one database (one SQLite file, or one PostgreSQL schema when
// DATABASE_URL is set): a meeting that one of them keeps in memory is never served stale after
// the other changed it, and its ETag moves with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { meetingBody } from '../../server/testing/harness';
import {
  startLiqaProcess,
  stubClientDir,
  type LiqaProcess,
} from '../../server/testing/liqaProcess';
import { MOROCCO_TZ, instantToWallTime } from '../../shared/time/zone';

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

const wall = (days: number) =>
  instantToWallTime(new Date(Date.now() + days * 86_400_000), MOROCCO_TZ);

async function openMeeting(): Promise<string> {
  const slug = `two-${randomUUID().slice(0, 8)}`;
  const res = await fetch(`${writer.url}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(
      meetingBody({
        slug,
        eligibleRegions: undefined,
        startsAt: wall(20),
        endsAt: wall(20.3),
        registration: { opensAt: wall(-1), closesAt: wall(10) },
        capacity: 10,
      }),
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

describe('two server processes on one database', () => {
  it('the other process shows an organizer’s edit at once, with a new ETag', async () => {
    const slug = await openMeeting();
    const etag = await warm(`/api/meetings/${slug}`);
    const listTag = await warm('/api/meetings');
    const patched = await fetch(`${writer.url}/api/meetings/${slug}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ capacity: 12 }),
    });
    expect(patched.status).toBe(200);
    const after = await fetch(`${reader.url}/api/meetings/${slug}`, {
      headers: { 'if-none-match': etag },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(((await after.json()) as { capacity: number }).capacity).toBe(12);
    const list = await fetch(`${reader.url}/api/meetings`, {
      headers: { 'if-none-match': listTag },
    });
    expect(list.status).toBe(200);
    const mine = ((await list.json()) as Array<{ slug: string; capacity: number }>).find(
      (m) => m.slug === slug,
    );
    expect(mine?.capacity).toBe(12);
  });

  it('the other process shows a seat taken at once', async () => {
    const slug = await openMeeting();
    await warm(`/api/meetings/${slug}`);
    const id = randomUUID();
    const registered = await fetch(`${writer.url}/api/meetings/${slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id,
        fullName: 'سناء العلمي',
        gender: 'female',
        ageBand: '30-40',
        role: 'citizen',
        provinceCode: 'tetouan',
        email: `${id}@example.ma`,
        locale: 'ar',
        consent: true,
      }),
    });
    expect(registered.status).toBe(201);
    const after = await fetch(`${reader.url}/api/meetings/${slug}`);
    expect(((await after.json()) as { seatsLeft: number }).seatsLeft).toBe(9);
  });

  it('the other process stops showing a meeting taken back to draft', async () => {
    const slug = await openMeeting();
    await warm(`/api/meetings/${slug}`);
    const patched = await fetch(`${writer.url}/api/meetings/${slug}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ status: 'draft' }),
    });
    expect(patched.status).toBe(200);
    expect((await fetch(`${reader.url}/api/meetings/${slug}`)).status).toBe(404);
  });
});
