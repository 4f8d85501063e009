// Delivery when things go wrong: SMTP down, a temporary refusal, a permanent one, a worker
// that died between claiming rows and sending them. Every e-mail arrives exactly once, or is
// failed visibly; the harness clock drives backoff and leases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimDueRows } from '../db/repositories/outbox';
import { perRecipient } from '../../tests/support/smtpSink';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';

let t: MailTest;
beforeAll(async () => {
  t = await startMailTest();
});
afterAll(() => t.close());

const MINUTE = 60_000;
const received = (address: string) =>
  t.sink?.received.filter((m) => m.to.includes(address)).length ?? 0;

describe('when SMTP fails', () => {
  it('delivers all 50 acceptances exactly once after the server comes back', async () => {
    const slug = await t.meeting({ capacity: 50 });
    await t.sink?.down();
    const people = [];
    for (let i = 0; i < 50; i++) people.push(await t.register(slug));
    expect(people.every((p) => p.status === 'accepted')).toBe(true);

    expect(await t.worker.runOnce()).toMatchObject({ sent: 0, retry: 50 });
    const waiting = await t.outbox(slug);
    expect(waiting.every((e) => e.status === 'queued' && e.attempts === 1 && e.lastError)).toBe(
      true,
    );
    // Not due yet: nothing is tried again before the backoff.
    expect(await t.worker.runOnce()).toMatchObject({ sent: 0, retry: 0 });

    await t.sink?.up();
    t.advance(2 * MINUTE);
    expect(await t.worker.runOnce()).toMatchObject({ sent: 50, retry: 0 });
    t.advance(60 * MINUTE);
    expect(await t.worker.runOnce()).toMatchObject({ sent: 0 });
    const counts = perRecipient(t.sink?.received ?? []);
    expect(people.map((p) => counts.get(p.email))).toEqual(people.map(() => 1));
    expect((await t.outbox(slug)).every((e) => e.status === 'sent' && e.attempts === 2)).toBe(true);
  });

  it('tries again after a 421 and delivers once', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug);
    t.sink?.refuseNext(421, 'Service not available, try again later');
    expect(await t.worker.runOnce()).toMatchObject({ retry: 1 });
    const [queued] = await t.outbox(slug);
    expect(queued).toMatchObject({ status: 'queued', attempts: 1 });
    expect(queued?.lastError).toMatch(/421/);
    t.advance(2 * MINUTE);
    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 });
    t.advance(60 * MINUTE);
    await t.worker.runOnce();
    expect(received(reg.email)).toBe(1);
    expect((await t.outbox(slug))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('fails a 550 without trying again, shows why, and resends on request to the corrected address', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug);
    t.sink?.refuseNext(550, 'Mailbox unavailable');
    expect(await t.worker.runOnce()).toMatchObject({ failed: 1 });
    t.advance(6 * 60 * MINUTE);
    expect(await t.worker.runOnce()).toMatchObject({ sent: 0, failed: 0, retry: 0 });
    expect(received(reg.email)).toBe(0);
    const [failed] = await t.outbox(slug);
    expect(failed).toMatchObject({ kind: 'confirmation', status: 'failed', attempts: 1 });
    expect(failed?.lastError).toMatch(/550 Mailbox unavailable/);

    // The participant corrects the address; the resent e-mail goes to the new one.
    const fixed = `fixed-${reg.email}`;
    const patch = await t.s.json('PATCH', `/api/registrations/${reg.id}`, {
      token: reg.manageToken,
      body: { email: fixed },
    });
    expect(patch.status).toBe(200);
    const resend = await t.s.json('POST', `/api/meetings/${slug}/outbox/${failed?.id}/resend`, {
      token: t.organizer,
    });
    expect(resend).toMatchObject({ status: 200, body: { status: 'queued' } });
    const again = await t.s.json('POST', `/api/meetings/${slug}/outbox/${failed?.id}/resend`, {
      token: t.organizer,
    });
    expect(again.status).toBe(409);
    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 });
    expect([received(reg.email), received(fixed)]).toEqual([0, 1]);
    expect((await t.outbox(slug))[0]).toMatchObject({ to: fixed, status: 'sent', attempts: 2 });
  });
});

describe('when a worker dies between claiming and sending', () => {
  it('leaves the rows to the next worker once the lease lapses, and they go out exactly once', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug);
    const now = t.s.deps.now();
    const claimed = await claimDueRows(t.s.db.kysely, t.s.db.dialect, {
      nowIso: now.toISOString(),
      lease: {
        token: 'a-worker-that-died',
        until: new Date(now.getTime() + 5 * MINUTE).toISOString(),
      },
      limit: 10,
    });
    expect(claimed.map((r) => r.to_address)).toEqual([reg.email]);
    // The claimer is gone. Within its lease nobody else touches the row.
    expect(await t.worker.runOnce()).toMatchObject({ sent: 0 });
    expect((await t.outbox(slug))[0]).toMatchObject({ status: 'queued' });
    t.advance(5 * MINUTE + 1000);
    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 });
    t.advance(60 * MINUTE);
    await t.worker.runOnce();
    expect(received(reg.email)).toBe(1);
    expect((await t.outbox(slug))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
