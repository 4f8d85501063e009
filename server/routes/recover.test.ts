// "Send my link again" over HTTP: 202 whatever the case, the private link and ticket code sent
// to the registration's own address (e-mail or SMS) at most three times a day, nothing for an
// unknown address, another meeting or a cancelled registration, and a duplicate registration
// refused with the link sent again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';
import { meetingBody, startTestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

let t: MailTest;
beforeAll(async () => {
  t = await startMailTest({ smpp: true });
});
afterAll(() => t.close());

const DAY = 86_400_000;
const CODE = /[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/;
let n = 0;
/** A fresh Moroccan mobile per call, typed as people do at home. */
function phone(): { typed: string; e164: string } {
  n++;
  const digits = String(30_000_000 + n).slice(-8);
  return { typed: `07 ${digits}`, e164: `+2127${digits}` };
}

const recover = (slug: string, body: unknown, headers: Record<string, string> = {}) =>
  t.s.json('POST', `/api/meetings/${slug}/registrations/recover`, { body, headers });

async function recoverRows(slug: string) {
  return (await t.outbox(slug)).filter((e) => e.kind === 'recover');
}

async function ticketCodeOf(reg: { id: string; manageToken: string }) {
  const res = await t.s.json<{ ticketCode: string | null }>('GET', `/api/registrations/${reg.id}`, {
    token: reg.manageToken,
  });
  return res.body.ticketCode;
}

describe('asking for one’s link again', () => {
  it('answers 202 {} and sends nothing for an address no one registered with', async () => {
    const slug = await t.meeting();
    await t.register(slug);
    const res = await recover(slug, { email: 'nobody@example.ma' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({});
    const phoned = await recover(slug, { phone: phone().typed });
    expect(phoned.status).toBe(202);
    expect(await recoverRows(slug)).toEqual([]);
  });

  it('e-mails the private link and the ticket code once, whatever the case of the address', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug, { locale: 'fr' });
    const res = await recover(slug, { email: reg.email.toUpperCase() });
    expect(res).toMatchObject({ status: 202, body: {} });
    expect(await recoverRows(slug)).toMatchObject([
      { channel: 'email', to: reg.email, status: 'queued' },
    ]);

    await t.worker.runOnce();
    await t.worker.runOnce();
    const [row] = await recoverRows(slug);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    const mails = (t.sink?.received ?? []).filter(
      (m) => m.to.includes(reg.email) && m.parsed.subject?.startsWith('Votre lien personnel'),
    );
    expect(mails).toHaveLength(1);
    const text = mails[0]?.parsed.text ?? '';
    expect(text).toContain(reg.manageUrl);
    const code = await ticketCodeOf(reg);
    expect(code).toMatch(CODE);
    expect(text).toContain(code as string);
    expect(String(mails[0]?.parsed.html)).toContain(code as string);
  });

  it('texts the link and the ticket code to a phone-only participant, found by the phone in any form', async () => {
    const slug = await t.meeting();
    const p = phone();
    const reg = await t.register(slug, { email: undefined, phone: p.typed, locale: 'fr' });
    await t.worker.runOnce();
    const res = await recover(slug, { phone: `+212 ${p.e164.slice(4)}` });
    expect(res.status).toBe(202);
    expect(await recoverRows(slug)).toMatchObject([{ channel: 'sms', to: p.e164 }]);
    await t.worker.runOnce();
    const texts = t.texts(p.e164);
    expect(texts).toHaveLength(2);
    const again = texts[1] ?? '';
    expect(again).toMatch(/ : votre lien personnel /);
    expect(again).toContain(reg.manageUrl);
    expect(again).toContain(` Billet ${(await ticketCodeOf(reg)) ?? 'none'}.`);
  });

  it('asked by the phone of someone who also gave an e-mail, texts that phone as well as e-mailing', async () => {
    const slug = await t.meeting();
    const p = phone();
    const reg = await t.register(slug, { phone: p.typed });
    await t.worker.runOnce();
    // Their confirmation went by e-mail alone (SMS is for those without an e-mail).
    expect(t.texts(p.e164)).toEqual([]);
    expect((await recover(slug, { phone: p.typed })).status).toBe(202);
    const rows = await recoverRows(slug);
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'sms', to: p.e164 }),
        expect.objectContaining({ channel: 'email', to: reg.email }),
      ]),
    );
    await t.worker.runOnce();
    const [text] = t.texts(p.e164);
    expect(text).toContain(reg.manageUrl);
  });

  it('asked four times at once by phone: every answer 202, at most three sends a day on each channel', async () => {
    const slug = await t.meeting();
    const p = phone();
    await t.register(slug, { phone: p.typed });
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => recover(slug, { phone: p.typed })),
    );
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202]);
    const rows = await recoverRows(slug);
    // Three sends a day, each by e-mail and by SMS: the fourth request adds nothing.
    expect(rows.filter((r) => r.channel === 'email')).toHaveLength(3);
    expect(rows.filter((r) => r.channel === 'sms')).toHaveLength(3);
  });

  it('asked by e-mail, or by phone where the meeting sends no SMS, only e-mails', async () => {
    const slug = await t.meeting();
    const p = phone();
    const reg = await t.register(slug, { phone: p.typed });
    expect((await recover(slug, { email: reg.email, phone: p.typed })).status).toBe(202);
    expect((await recoverRows(slug)).map((r) => r.channel)).toEqual(['email']);

    const silent = await t.meeting({ sms: 'off' });
    const q = phone();
    const quiet = await t.register(silent, { phone: q.typed });
    expect((await recover(silent, { phone: q.typed })).status).toBe(202);
    expect(await recoverRows(silent)).toMatchObject([{ channel: 'email', to: quiet.email }]);
  });

  it('sends at most 3 a day per registration: the 4th is not queued; the next day it goes again', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug);
    for (let i = 0; i < 4; i++)
      expect((await recover(slug, { email: reg.email })).status).toBe(202);
    expect(await recoverRows(slug)).toHaveLength(3);
    await t.worker.runOnce();
    t.advance(DAY + 60_000);
    await t.signInAgain();
    expect((await recover(slug, { email: reg.email })).status).toBe(202);
    const rows = await recoverRows(slug);
    expect(rows).toHaveLength(4);
    await t.worker.runOnce();
    expect((await recoverRows(slug)).map((r) => r.status)).toEqual([
      'sent',
      'sent',
      'sent',
      'sent',
    ]);
  });

  it('sends nothing for a registration of another meeting, or one that was cancelled', async () => {
    const slug = await t.meeting();
    const other = await t.meeting();
    const reg = await t.register(other);
    expect((await recover(slug, { email: reg.email })).status).toBe(202);
    expect(await recoverRows(slug)).toEqual([]);
    expect(await recoverRows(other)).toEqual([]);

    const cancelled = await t.register(slug);
    const res = await t.s.call('POST', `/api/registrations/${cancelled.id}/cancel`, {
      token: cancelled.manageToken,
    });
    expect(res.status).toBe(200);
    expect((await recover(slug, { email: cancelled.email })).status).toBe(202);
    expect(await recoverRows(slug)).toEqual([]);
  });

  it('refuses a body without an e-mail or phone with 422 validation, in the asker’s language', async () => {
    const slug = await t.meeting();
    const res = await recover(slug, { email: '' }, { 'accept-language': 'fr' });
    expect(res.status).toBe(422);
    expect(res.res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'validation', errors: [{ path: 'email' }] });
    const bad = await recover(slug, { phone: '12' }, { 'accept-language': 'ar' });
    expect(bad.body).toMatchObject({ code: 'validation', errors: [{ path: 'phone' }] });
    expect(JSON.stringify(bad.body)).toMatch(/[\u0600-\u06ff]/);
    expect((await recover('no-such-meeting', { email: 'a@example.ma' })).status).toBe(404);
  });
});

describe('a duplicate registration', () => {
  it('is refused, and the link is sent again to the address on file', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug);
    const again = await t.s.json('POST', `/api/meetings/${slug}/registrations`, {
      body: registrationBody({ fullName: 'فاطمة الزهراء', email: reg.email }),
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'duplicate-registration' });
    expect(await recoverRows(slug)).toMatchObject([{ channel: 'email', to: reg.email }]);
  });
});

describe('the recover rate limit', () => {
  it('answers 429 past LIQA_RATE_LIMIT a minute from one client', async () => {
    const s = await startTestServer({ config: { rateLimit: 2 } });
    try {
      const organizer = await s.tokenFor('organizer');
      await s.call('POST', '/api/meetings', { token: organizer, body: meetingBody() });
      const post = () =>
        s.call('POST', '/api/meetings/tanger-2026/registrations/recover', {
          body: { email: 'x@example.ma' },
        });
      const statuses = [(await post()).status, (await post()).status, (await post()).status];
      expect(statuses).toEqual([202, 202, 429]);
    } finally {
      await s.close();
    }
  });
});
