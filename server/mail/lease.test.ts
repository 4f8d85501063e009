// E-mail exactly once under a slow SMTP server: a send that outlives the lease keeps its row
// (the lease is renewed while it is in flight), and a worker that lost its row records
// nothing. Two workers, each with its own connections on PostgreSQL; real time, short leases.
// The control run turns the renewal off and must see the second delivery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Db } from '../db/database';
import type { Deps } from '../deps';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';
import { startSlowSmtp, type SlowSmtp } from '../../tests/support/slowSmtp';
import { createMailTransport, type MailTransport } from './transport';
import { createMailWorker, type MailWorkerOptions, type RunCounts } from './worker';

const LEASE_MS = 400;
let s: TestServer;
let smtp: SlowSmtp;
let other: Db;
const transports: MailTransport[] = [];
let organizer: string;

beforeAll(async () => {
  smtp = await startSlowSmtp();
  s = await startTestServer({ config: { smtpUrl: smtp.url } });
  organizer = await s.tokenFor('organizer');
  other = process.env.DATABASE_URL
    ? openDatabase({
        url: process.env.DATABASE_URL,
        schema: s.deps.config.databaseSchema,
        dataDir: s.deps.config.dataDir,
      })
    : s.db;
});
afterAll(async () => {
  transports.forEach((t) => t.close());
  if (other !== s.db) await other.close();
  await s.close();
  await smtp.close();
});

/** A worker of its own instance: its own connections (PostgreSQL), SMTP pool and real clock. */
function instance(db: Db, options: MailWorkerOptions) {
  const deps: Deps = { ...s.deps, db, now: () => new Date() };
  const transport = createMailTransport(deps.config, 1);
  transports.push(transport);
  return createMailWorker(deps, transport, { concurrency: 1, leaseMs: LEASE_MS, ...options });
}

async function oneQueuedMail(): Promise<string> {
  const slug = `lease-${randomUUID().slice(0, 8)}`;
  await s.call('POST', '/api/meetings', { token: organizer, body: meetingBody({ slug }) });
  const res = await s.call('POST', `/api/meetings/${slug}/registrations`, {
    body: registrationBody({ fullName: 'Salma', role: 'citizen', locale: 'fr' }),
  });
  expect(res.status).toBe(201);
  return slug;
}

/** Worker A starts the send; worker B keeps looking for due mail until A has settled. */
async function slowSendWithSecondWorker(renewEveryMs: number | undefined) {
  const slug = await oneQueuedMail();
  const arrivedBefore = smtp.arrived.length;
  const a = instance(s.db, { renewEveryMs });
  const b = instance(other, {});
  let settled = false;
  const first = a.runOnce().finally(() => (settled = true));
  await smtp.arrivals(arrivedBefore + 1);
  const byB: RunCounts[] = [];
  while (!settled) {
    byB.push(await b.runOnce());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const byA = await first;
  const outbox = await s.json<Array<{ status: string; attempts: number }>>(
    'GET',
    `/api/meetings/${slug}/outbox`,
    { token: organizer },
  );
  const messageId = smtp.arrived[arrivedBefore] ?? '';
  return {
    byA,
    sentByB: byB.reduce((n, c) => n + c.sent, 0),
    deliveries: smtp.delivered.filter((id) => id === messageId).length,
    row: outbox.body[0],
  };
}

describe('a send slower than the lease', () => {
  it('is delivered once: the lease is renewed while the SMTP server takes its time', async () => {
    smtp.plan({ holdMs: LEASE_MS * 4 });
    const result = await slowSendWithSecondWorker(undefined);
    expect(result).toMatchObject({
      byA: { sent: 1, lost: 0 },
      sentByB: 0,
      deliveries: 1,
      row: { status: 'sent', attempts: 1 },
    });
  });

  it('control: without the renewal another worker sends it again', async () => {
    smtp.plan({ holdMs: LEASE_MS * 4 });
    const result = await slowSendWithSecondWorker(0);
    expect(result.deliveries).toBe(2);
    // The slow worker lost its claim: it records nothing, the other one's result stands.
    expect(result).toMatchObject({ byA: { sent: 0, lost: 1 }, sentByB: 1 });
    expect(result.row).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('a worker that lost its lease cannot fail a row the other one delivered', async () => {
    smtp.plan({ holdMs: LEASE_MS * 4, code: 550 });
    const result = await slowSendWithSecondWorker(0);
    expect(result).toMatchObject({
      byA: { failed: 0, lost: 1 },
      sentByB: 1,
      deliveries: 1,
      row: { status: 'sent', attempts: 2 },
    });
  });
});
