// The real thing: a Liqa server process killed with SIGKILL after registrations were committed
// but before their confirmations could be sent (SMTP was down). After a restart, with SMTP
// back, every confirmation arrives exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startSmtpSink, type SmtpSink } from '../support/smtpSink';
import { openMeetingBody } from '../support/factories/meeting';
import { registrationBody } from '../support/factories/registration';

const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-crash-'));
const clientDir = mkdtempSync(path.join(tmpdir(), 'liqa-crash-client-'));
writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Liqa</title>');
const schema = `t_${randomBytes(6).toString('hex')}`;
let sink: SmtpSink;
let port = 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as { port: number };
      probe.close(() => resolve(p));
    });
  });
}

async function startLiqa(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      LIQA_DATA_DIR: dataDir,
      LIQA_CLIENT_DIR: clientDir,
      LIQA_DB_SCHEMA: schema,
      SMTP_URL: sink.url,
      LIQA_RATE_LIMIT: '0',
      LIQA_ADMIN_EMAIL: 'crash@liqa.ma',
      LIQA_ADMIN_PASSWORD: 'crash-password-1',
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('Liqa did not start');
}

const api = (p: string, body: unknown, token?: string) =>
  fetch(`http://127.0.0.1:${port}${p}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  sink = await startSmtpSink();
  port = await freePort();
});
afterAll(async () => {
  await sink.close();
  if (process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
});

describe('a crash between commit and send', () => {
  it('delivers every confirmation exactly once after a SIGKILL and a restart', async () => {
    await sink.down(); // nothing can be sent: the rows stay in the outbox
    let liqa = await startLiqa();
    const { token } = (await (
      await api('/api/auth/login', { email: 'crash@liqa.ma', password: 'crash-password-1' })
    ).json()) as { token: string };
    const meeting = openMeetingBody(new Date(), { slug: 'crash' });
    expect((await api('/api/meetings', meeting, token)).status).toBe(201);
    const emails = Array.from(
      { length: 5 },
      (_, i) => `p${i}-${randomUUID().slice(0, 6)}@example.ma`,
    );
    for (const email of emails) {
      const res = await api(
        '/api/meetings/crash/registrations',
        registrationBody({ fullName: 'Participant', role: 'citizen', email, locale: 'fr' }),
      );
      expect(res.status).toBe(201);
    }
    await new Promise((r) => setTimeout(r, 1500)); // the worker tries, SMTP refuses, a retry is set
    liqa.kill('SIGKILL');
    await new Promise((r) => liqa.once('exit', r));
    expect(sink.received).toHaveLength(0);

    await sink.up();
    liqa = await startLiqa();
    try {
      await expect
        .poll(() => sink.received.length, { timeout: 60_000, interval: 500 })
        .toBe(emails.length);
      await new Promise((r) => setTimeout(r, 2500)); // a second copy would have come by now
      expect(sink.received.flatMap((m) => m.to).sort()).toEqual([...emails].sort());
      const ids = new Set(sink.received.map((m) => m.parsed.messageId));
      expect(ids.size).toBe(emails.length);
    } finally {
      liqa.kill('SIGTERM');
      await new Promise((r) => liqa.once('exit', r));
    }
  }, 120_000);
});
