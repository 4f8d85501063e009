// A Liqa process killed (SIGKILL) while the SMPP gateway had not yet answered its submit_sm: the
// SMS row is left `sending` under a lease nobody renews. The next process binds again and sends
// it well within a minute; the gateway accepts it once.
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
import { startSmppGateway, type SmppGateway } from '../../server/testing/smppGateway';
import { MOROCCO_TZ, instantToWallTime } from '../../shared/time/zone';

const schema = `t_${randomBytes(6).toString('hex')}`;
const env = () => ({
  LIQA_DATA_DIR: dataDir,
  LIQA_CLIENT_DIR: clientDir,
  LIQA_DB_SCHEMA: schema,
  SMS_URL: gateway.url,
  LIQA_ADMIN_EMAIL: 'kill@liqa.ma',
  LIQA_ADMIN_PASSWORD: 'kill-password-1',
});
const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-sms-kill-'));
const clientDir = stubClientDir();
let gateway: SmppGateway;

beforeAll(async () => {
  gateway = await startSmppGateway();
});
afterAll(async () => {
  await gateway.close();
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

describe('a crash while the SMPP gateway has not answered', () => {
  it('sends the SMS again within a minute, and the gateway accepts it once', async () => {
    // The gateway takes the first submit_sm and never answers it while the first process lives.
    const held = gateway.holdNext();
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
        slug: 'sms-kill',
        startsAt: wall(20),
        endsAt: wall(20.25),
        registration: { opensAt: wall(-1), closesAt: wall(10) },
      });
      expect((await post(liqa, '/api/meetings', meeting, token)).status).toBe(201);
      // A phone and no e-mail: the confirmation goes by SMS.
      const registered = await post(liqa, '/api/meetings/sms-kill/registrations', {
        id: randomUUID(),
        fullName: 'Participante',
        gender: 'female',
        ageBand: '30-40',
        role: 'citizen',
        provinceCode: 'tetouan',
        phone: '0612345678',
        locale: 'fr',
        consent: true,
      });
      expect(registered.status).toBe(201);

      await held;
      await liqa.kill();
      const killedAt = Date.now();
      expect(gateway.received).toEqual([]);

      survivor = liqa = await startLiqaProcess(env());
      await expect.poll(() => gateway.received.length, { timeout: 60_000, interval: 250 }).toBe(1);
      expect(Date.now() - killedAt).toBeLessThan(60_000);
      expect(gateway.received[0]).toMatchObject({ to: '+212612345678' });
      expect(gateway.received[0]?.text).toContain('/r/');

      const outbox = await fetch(`${liqa.url}/api/meetings/sms-kill/outbox`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const rows = (await outbox.json()) as Array<{
        channel: string;
        status: string;
        attempts: number;
      }>;
      expect(rows).toMatchObject([{ channel: 'sms', status: 'sent', attempts: 2 }]);
    } finally {
      await (survivor ?? liqa).stop();
    }
  }, 120_000);
});
