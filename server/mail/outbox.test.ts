// The outbox over HTTP: one e-mail per registration and kind however often organizers click,
// reminders at most once a day (and schedulable), and who may look.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';

let t: MailTest;
beforeAll(async () => {
  t = await startMailTest();
});
afterAll(() => t.close());

const DAY = 24 * 60 * 60_000;
const decide = (slug: string, decisions: Array<{ id: string; status: string }>) =>
  t.s.json('POST', `/api/meetings/${slug}/registrations/decisions`, {
    token: t.organizer,
    body: { decisions },
  });
const remind = (slug: string, body?: unknown) =>
  t.s.json<{ queued: number; at: string }>('POST', `/api/meetings/${slug}/reminders`, {
    token: t.organizer,
    body,
  });
const kinds = async (slug: string) => (await t.outbox(slug)).map((e) => e.kind);

describe('organizer decisions', () => {
  it('queue one confirmation per acceptance, however often they are replayed', async () => {
    const slug = await t.meeting({ approval: 'manual' });
    const people = [await t.register(slug), await t.register(slug), await t.register(slug)];
    const accept = people.map((p) => ({ id: p.id, status: 'accepted' }));
    expect((await decide(slug, accept)).status).toBe(200);
    expect((await decide(slug, accept)).status).toBe(200);
    await Promise.all([decide(slug, accept), decide(slug, accept)]);
    expect(await kinds(slug)).toEqual([
      'received',
      'received',
      'received',
      'confirmation',
      'confirmation',
      'confirmation',
    ]);

    // Back and forth: one waitlist notice each, still one confirmation each.
    await decide(
      slug,
      people.map((p) => ({ id: p.id, status: 'waitlisted' })),
    );
    await decide(slug, accept);
    const all = await kinds(slug);
    expect(all.filter((k) => k === 'confirmation')).toHaveLength(3);
    expect(all.filter((k) => k === 'waitlisted')).toHaveLength(3);
    await t.worker.runOnce();
    expect(t.sink?.received.filter((m) => m.to.includes(people[0]?.email ?? '')).length).toBe(3);
  });

  it('send nothing on rejection', async () => {
    const slug = await t.meeting({ approval: 'manual' });
    const p = await t.register(slug);
    await decide(slug, [{ id: p.id, status: 'rejected' }]);
    expect(await kinds(slug)).toEqual(['received']);
  });
});

describe('reminders', () => {
  it('queue one per accepted participant with an e-mail, once a day', async () => {
    const slug = await t.meeting({ capacity: 2 });
    await t.register(slug);
    await t.register(slug);
    await t.register(slug); // waitlisted
    await t.register(slug, { email: undefined, phone: '0661000001' }); // waitlisted, no e-mail
    expect(await remind(slug)).toMatchObject({ status: 200, body: { queued: 2 } });
    expect(await remind(slug)).toMatchObject({ status: 200, body: { queued: 0 } });
    t.advance(DAY);
    await t.signInAgain(); // a day later: the session went idle overnight
    expect((await remind(slug)).body.queued).toBe(2);
    await t.worker.runOnce();
    const reminders = (await t.outbox(slug)).filter((e) => e.kind === 'reminder');
    expect(reminders.map((e) => e.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    const mail = t.sink?.received.find((m) => m.parsed.subject?.startsWith('تذكير'));
    expect(mail?.parsed.attachments).toHaveLength(0);
    expect(mail?.parsed.text).toContain('بتوقيت المغرب');
  });

  it('can be scheduled days ahead in Morocco time, and skip whoever cancelled meanwhile', async () => {
    const slug = await t.meeting();
    const stays = await t.register(slug);
    const leaves = await t.register(slug);
    const scheduled = await remind(slug, { daysBefore: 2 });
    expect(scheduled.body).toEqual({ queued: 2, at: '2026-12-10T09:00:00.000Z' });
    expect((await remind(slug, { at: '2026-12-10T18:00' })).body.queued).toBe(0);
    await t.worker.runOnce();
    expect(
      (await t.outbox(slug)).filter((e) => e.kind === 'reminder').map((e) => e.status),
    ).toEqual(['queued', 'queued']);

    await t.s.json('POST', `/api/registrations/${leaves.id}/cancel`, { token: leaves.manageToken });
    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 }); // the cancellation receipt
    const before = t.s.clock.now;
    t.s.clock.now = new Date('2026-12-10T09:00:00Z');
    try {
      expect(await t.worker.runOnce()).toMatchObject({ sent: 1, skipped: 1 });
    } finally {
      t.s.clock.now = before;
    }
    const reminders = (await t.outbox(slug)).filter((e) => e.kind === 'reminder');
    expect(reminders.map((e) => [e.to, e.status])).toEqual([[stays.email, 'sent']]);
  });

  it('refuse a malformed schedule', async () => {
    const slug = await t.meeting();
    const res = await t.s.json<{ code: string; errors: Array<{ path: string }> }>(
      'POST',
      `/api/meetings/${slug}/reminders`,
      {
        token: t.organizer,
        body: { at: '10/12/2026' },
      },
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e) => e.path)).toEqual(['at']);
  });
});

describe('the outbox', () => {
  it('is for organizers only', async () => {
    const slug = await t.meeting();
    expect((await t.s.call('GET', `/api/meetings/${slug}/outbox`)).status).toBe(401);
    const desk = await t.s.tokenFor('checkin');
    expect((await t.s.call('GET', `/api/meetings/${slug}/outbox`, { token: desk })).status).toBe(
      403,
    );
    expect(
      (await t.s.call('POST', `/api/meetings/${slug}/reminders`, { token: desk })).status,
    ).toBe(403);
    expect(
      (await t.s.call('GET', `/api/meetings/nope/outbox`, { token: t.organizer })).status,
    ).toBe(404);
  });

  it('lists each e-mail with its state, and finds nothing under another meeting', async () => {
    const slug = await t.meeting();
    const other = await t.meeting();
    const p = await t.register(slug);
    const [queued] = await t.outbox(slug);
    expect(queued).toMatchObject({
      to: p.email,
      kind: 'confirmation',
      status: 'queued',
      attempts: 0,
    });
    await t.worker.runOnce();
    const [sent] = await t.outbox(slug);
    expect(sent).toMatchObject({
      status: 'sent',
      attempts: 1,
      sentAt: t.s.clock.now.toISOString(),
    });
    expect(sent?.lastError).toBeUndefined();
    expect(
      (
        await t.s.call('POST', `/api/meetings/${other}/outbox/${sent?.id}/resend`, {
          token: t.organizer,
        })
      ).status,
    ).toBe(404);
    expect(
      (await t.s.call('POST', `/api/meetings/${slug}/outbox/abc/resend`, { token: t.organizer }))
        .status,
    ).toBe(404);
  });
});
