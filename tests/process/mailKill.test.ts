// A Liqa process killed (SIGKILL) while its SMTP server was still taking the message: the row
// is left `sending` under a lease nobody renews. The next process sends it again well within a
// minute, under the same Message-ID, and it is delivered exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { meetingBody } from '../../server/testing/harness';
import {
  startLiqaProcess,
  stubClientDir,
  type LiqaProcess,
} from '../../server/testing/liqaProcess';
import { startSlowSmtp, type SlowSmtp } from '../../server/testing/slowSmtp';
import { MOROCCO_TZ, instantToWallTime } from '../../shared/time/zone';

const schema = `t_${randomBytes(6).toString('hex')}`;
const env = () => ({
  LIQA_DATA_DIR: dataDir,
  LIQA_CLIENT_DIR: clientDir,
  LIQA_DB_SCHEMA: schema,
  SMTP_URL: smtp.url,
  LIQA_ADMIN_EMAIL: 'kill@liqa.ma',
  LIQA_ADMIN_PASSWORD: 'kill-password-1',
});
const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-kill-'));
const clientDir = stubClientDir();
let smtp: SlowSmtp;

beforeAll(async () => {
  smtp = await startSlowSmtp();
});
afterAll(async () => {
  await smtp.close();
  if (process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
});

async function post(liqa: LiqaProcess, p: string, body: unknown, token?: string) {
  const res = await fetch(`${liqa.url}${p}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('a crash in the middle of an SMTP conversation', () => {
  it('sends the message again within a minute, once, under the same Message-ID', async () => {
    // The relay takes the data and never answers while the first process lives.
    smtp.plan({ holdMs: 10 * 60_000 });
    let liqa = await startLiqaProcess(env());
    let survivor: LiqaProcess | null = null;
    try {
      const login = await post(liqa, '/api/auth/login', {
        email: 'kill@liqa.ma',
        password: 'kill-password-1',
      });
      const token = String(login.body.token);
      const wall = (days: number) =>
        instantToWallTime(new Date(Date.now() + days * 86_400_000), MOROCCO_TZ);
      const meeting = meetingBody({
        slug: 'kill',
        startsAt: wall(20),
        endsAt: wall(20.25),
        registration: { opensAt: wall(-1), closesAt: wall(10) },
      });
      expect((await post(liqa, '/api/meetings', meeting, token)).status).toBe(201);
      const registered = await post(liqa, '/api/meetings/kill/registrations', {
        id: randomUUID(),
        fullName: 'Participante',
        gender: 'female',
        ageBand: '30-40',
        role: 'citizen',
        provinceCode: 'tetouan',
        email: `${randomUUID()}@example.ma`,
        locale: 'fr',
        consent: true,
      });
      expect(registered.status).toBe(201);

      await smtp.arrivals(1);
      await liqa.kill();
      const killedAt = Date.now();
      expect(smtp.delivered).toEqual([]);

      survivor = liqa = await startLiqaProcess(env());
      await expect.poll(() => smtp.delivered.length, { timeout: 60_000, interval: 250 }).toBe(1);
      expect(Date.now() - killedAt).toBeLessThan(60_000);
      // The same message as the interrupted one, recognisable by its Message-ID.
      expect(smtp.delivered).toEqual([smtp.arrived[0]]);

      const outbox = await fetch(`${liqa.url}/api/meetings/kill/outbox`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const rows = (await outbox.json()) as Array<{ status: string; attempts: number }>;
      expect(rows).toMatchObject([{ status: 'sent', attempts: 2 }]);
      expect([...smtp.perMessageId().values()]).toEqual([1]);
    } finally {
      await (survivor ?? liqa).stop();
    }
  }, 120_000);
});
