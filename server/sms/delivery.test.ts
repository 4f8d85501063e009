// SMS through the outbox, against a real SMPP gateway in-process: who gets one, what it says,
// and that each is delivered exactly once through throttling, refusals and a dropped bind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import smpp from 'smpp';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';

let t: MailTest;
beforeAll(async () => {
  t = await startMailTest({ smpp: true });
});
afterAll(() => t.close());

const MINUTE = 60_000;
let n = 0;
/** A fresh Moroccan mobile per call: the same phone twice in a meeting is a duplicate. */
function phone(): { typed: string; e164: string } {
  n++;
  const digits = String(10_000_000 + n).slice(-8);
  return { typed: `06 ${digits}`, e164: `+2126${digits}` };
}
const phoneOnly = (typed: string, more: Record<string, unknown> = {}) => ({
  email: undefined,
  phone: typed,
  ...more,
});

/** Runs the worker until nothing more is due, with the clock moved past any backoff. */
async function drain(): Promise<void> {
  await t.worker.runOnce();
  t.advance(90 * MINUTE);
  await t.worker.runOnce();
}

describe('who gets an SMS', () => {
  it('texts the confirmation to a participant who gave only a phone, once, with the private link', async () => {
    const slug = await t.meeting();
    const p = phone();
    const reg = await t.register(slug, phoneOnly(p.typed, { locale: 'fr' }));
    const outbox = await t.outbox(slug);
    expect(outbox).toMatchObject([{ channel: 'sms', kind: 'confirmation', to: p.e164 }]);

    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 });
    await drain();
    const texts = t.texts(p.e164);
    expect(texts).toHaveLength(1);
    // A long title is cut to keep the SMS short.
    expect(texts[0]).toMatch(/^Rencontre consultative régionale de Tan… : place confirmée/);
    expect(texts[0]).toContain('12/12/2026 09:00');
    expect(texts[0]).toContain('Grand Mogador');
    expect(texts[0]).toContain(reg.manageUrl);
    expect((await t.outbox(slug))[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('sends an Arabic SMS as UCS-2, from the sender id', async () => {
    const slug = await t.meeting();
    const p = phone();
    await t.register(slug, phoneOnly(p.typed, { locale: 'ar' }));
    await drain();
    const [got] = (t.gateway?.received ?? []).filter((m) => m.to === p.e164);
    expect(got).toMatchObject({ from: 'Liqa', dataCoding: 8 });
    expect(got?.text).toContain('مقعدك مؤكد');
  });

  it('e-mails, and does not text, someone who gave both, unless the meeting says all', async () => {
    const byDefault = await t.meeting();
    const a = phone();
    await t.register(byDefault, { phone: a.typed });
    expect((await t.outbox(byDefault)).map((e) => e.channel)).toEqual(['email']);

    const all = await t.meeting({ sms: 'all' });
    const b = phone();
    await t.register(all, { phone: b.typed });
    expect((await t.outbox(all)).map((e) => e.channel).sort()).toEqual(['email', 'sms']);
  });

  it('lists an accepted phone-only participant as unreachable when SMS are off', async () => {
    const slug = await t.meeting({ sms: 'off' });
    const reg = await t.register(slug, phoneOnly(phone().typed, { fullName: 'Hassan Ait Ali' }));
    await t.register(slug); // with an e-mail: reachable
    expect(await t.outbox(slug)).toHaveLength(1);
    const res = await t.s.json('GET', `/api/meetings/${slug}/outbox/unreachable`, {
      token: t.organizer,
    });
    expect(res.status).toBe(200);
    expect(res.res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual([{ registrationId: reg.id, fullName: 'Hassan Ait Ali' }]);

    // Turning SMS on reaches them: the list empties.
    await t.s.json('PATCH', `/api/meetings/${slug}`, {
      token: t.organizer,
      body: { sms: 'phone-only' },
    });
    const after = await t.s.json('GET', `/api/meetings/${slug}/outbox/unreachable`, {
      token: t.organizer,
    });
    expect(after.body).toEqual([]);
  });

  it('keeps the unreachable list from check-in staff', async () => {
    const slug = await t.meeting();
    const desk = await t.s.tokenFor('checkin');
    const res = await t.s.json('GET', `/api/meetings/${slug}/outbox/unreachable`, { token: desk });
    expect(res.status).toBe(403);
  });

  it('refuses an unknown SMS policy in the language of the request', async () => {
    const res = await t.s.json('POST', '/api/meetings', {
      token: t.organizer,
      body: {
        ...(await import('../../tests/support/harness')).meetingBody({ slug: 'sms-bad' }),
        sms: 'sometimes',
      },
      headers: { 'accept-language': 'fr' },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'validation', errors: [{ path: 'sms' }] });
  });
});

describe('every kind by SMS', () => {
  it('texts the cancellation, and the confirmation of whoever comes off the waitlist', async () => {
    const slug = await t.meeting({ capacity: 1 });
    const first = phone();
    const second = phone();
    const a = await t.register(slug, phoneOnly(first.typed, { locale: 'en' }));
    const b = await t.register(slug, phoneOnly(second.typed, { locale: 'en' }));
    expect(b.status).toBe('waitlisted');
    await drain();
    const cancel = await t.s.json('POST', `/api/registrations/${a.id}/cancel`, {
      token: a.manageToken,
    });
    expect(cancel.status).toBe(200);
    await drain();
    expect(t.texts(first.e164)).toEqual([
      expect.stringContaining('seat confirmed'),
      expect.stringContaining('your registration is cancelled'),
    ]);
    expect(t.texts(second.e164)).toEqual([
      expect.stringContaining('waiting list'),
      expect.stringContaining('a seat came free and it is yours'),
    ]);
  });

  it('texts a reminder to an accepted phone-only participant', async () => {
    const slug = await t.meeting();
    const p = phone();
    await t.register(slug, phoneOnly(p.typed, { locale: 'en' }));
    await drain();
    const res = await t.s.json('POST', `/api/meetings/${slug}/reminders`, { token: t.organizer });
    expect(res).toMatchObject({ status: 200, body: { queued: 1 } });
    await drain();
    expect(t.texts(p.e164)).toEqual([
      expect.stringContaining('seat confirmed'),
      expect.stringMatching(/^Reminder .*12\/12\/2026 09:00, Grand Mogador/),
    ]);
  });
});

describe('when the gateway pushes back', () => {
  it('tries a throttled SMS again after a backoff and delivers it once', async () => {
    const slug = await t.meeting();
    const p = phone();
    await t.register(slug, phoneOnly(p.typed));
    t.gateway?.refuseNext(smpp.errors.ESME_RTHROTTLED as number);
    expect(await t.worker.runOnce()).toMatchObject({ retry: 1 });
    const [queued] = await t.outbox(slug);
    expect(queued).toMatchObject({ status: 'queued', attempts: 1 });
    expect(queued?.lastError).toMatch(/ESME_RTHROTTLED/);
    // Not before the backoff.
    expect(await t.worker.runOnce()).toMatchObject({ sent: 0 });
    t.advance(2 * MINUTE);
    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 });
    await drain();
    expect(t.texts(p.e164)).toHaveLength(1);
    expect((await t.outbox(slug))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('fails an SMS the gateway refuses for good, shows why, and does not try again', async () => {
    const slug = await t.meeting();
    const p = phone();
    await t.register(slug, phoneOnly(p.typed));
    t.gateway?.refuseNext(smpp.errors.ESME_RINVDSTADR as number);
    expect(await t.worker.runOnce()).toMatchObject({ failed: 1 });
    await drain();
    expect(t.texts(p.e164)).toHaveLength(0);
    const [failed] = await t.outbox(slug);
    expect(failed).toMatchObject({ channel: 'sms', status: 'failed', attempts: 1 });
    expect(failed?.lastError).toMatch(/ESME_RINVDSTADR/);
  });

  it('sends again, once, an SMS whose bind dropped while it was in flight', async () => {
    const slug = await t.meeting();
    const p = phone();
    await t.register(slug, phoneOnly(p.typed));
    const held = t.gateway?.holdNext();
    const run = t.worker.runOnce();
    await held;
    t.gateway?.dropBinds();
    expect(await run).toMatchObject({ retry: 1 });
    expect((await t.outbox(slug))[0]?.lastError).toMatch(/link lost/);
    t.advance(2 * MINUTE);
    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 });
    await drain();
    expect(t.texts(p.e164)).toHaveLength(1);
  });
});
