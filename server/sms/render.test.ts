// What each SMS says, in each language, and that the short ones fit in one SMS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketCodeOf } from '../auth/ticketCodes';
import type { OutboxRow } from '../db/repositories/outbox';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';
import { renderSms } from './render';
import { segmentSms } from './segments';

let s: TestServer;
let subject: Omit<Parameters<typeof renderSms>[1], 'row'>;
/** The accepted participant's ticket code, as the confirmation e-mail prints it. */
let code: string;
beforeAll(async () => {
  s = await startTestServer();
  const organizer = await s.tokenFor('organizer');
  await s.json('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({
      slug: 'sms-texts',
      title: { ar: 'لقاء تطوان', fr: 'Rencontre de Tétouan', en: 'Tetouan meeting' },
      venue: { name: 'Dar Thaqafa', provinceCode: 'tetouan' },
    }),
  });
  const res = await s.json<{ id: string }>('POST', '/api/meetings/sms-texts/registrations', {
    body: registrationBody({
      fullName: 'Karim',
      gender: 'male',
      role: 'citizen',
      email: undefined,
      phone: '0661112233',
    }),
  });
  const db = s.db.kysely;
  subject = {
    registration: await db
      .selectFrom('registrations')
      .selectAll()
      .where('id', '=', res.body.id)
      .executeTakeFirstOrThrow(),
    meeting: await db
      .selectFrom('meetings')
      .selectAll()
      .where('slug', '=', 'sms-texts')
      .executeTakeFirstOrThrow(),
  };
  code = (await ticketCodeOf(s.deps, subject.registration)) ?? 'no code';
});
afterAll(() => s.close());

const row = (kind: string, locale: string, payload?: unknown): OutboxRow =>
  ({ id: 1, kind, locale, payload: payload ? JSON.stringify(payload) : null }) as OutboxRow;
const text = (kind: string, locale: string, payload?: unknown) =>
  renderSms(s.deps, { row: row(kind, locale, payload), ...subject });

describe('SMS texts', () => {
  it('says in Arabic, in one UCS-2 SMS, that the registration is cancelled', async () => {
    const sms = await text('cancellation', 'ar');
    expect(sms).toBe('لقاء تطوان: أُلغي تسجيلك.');
    expect(segmentSms(sms, 1)).toMatchObject({ encoding: 'ucs2', parts: [{ udh: null }] });
  });

  it('confirms with the title, the local date and time, the venue, the ticket code and the private link', async () => {
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const sms = await text('confirmation', 'fr');
    expect(
      sms.startsWith(
        `Rencontre de Tétouan : place confirmée. 12/12/2026 09:00, Dar Thaqafa. Billet ${code}. http://`,
      ),
    ).toBe(true);
    expect(sms).toMatch(/ http:\/\/\S+\/r\/[0-9a-f-]{36}#[A-Za-z0-9_-]{43}$/);
    expect(await text('confirmation', 'ar')).toContain(`، Dar Thaqafa. التذكرة ${code}. http`);
  });

  it('reminds in English with the date, time, venue and ticket code, in one GSM SMS', async () => {
    const sms = await text('reminder', 'en');
    expect(sms).toBe(`Reminder Tetouan meeting: 12/12/2026 09:00, Dar Thaqafa. Ticket ${code}.`);
    expect(segmentSms(sms, 1)).toMatchObject({ encoding: 'gsm7', parts: [{ udh: null }] });
  });

  it('gives the support decisions that were taken', async () => {
    const sms = await text('support-decision', 'ar', { travel: 'approved', lodging: 'declined' });
    expect(sms).toMatch(/^لقاء تطوان: التنقل مقبول، الإيواء مرفوض\. http/);
  });

  it('tells the waitlisted they will hear if a seat comes free', async () => {
    expect(await text('waitlisted', 'en')).toMatch(/^Tetouan meeting: you are on the waiting list/);
  });

  it('sends the private link again on request', async () => {
    const sms = await text('recover', 'fr');
    expect(sms).toMatch(/^Rencontre de Tétouan : votre lien personnel http/);
    expect(sms.endsWith(` Billet ${code}.`)).toBe(true);
  });

  it('keeps French and English texts in the GSM alphabet (160 a SMS, not 70)', async () => {
    const kinds = ['confirmation', 'waitlisted', 'cancellation', 'reminder', 'recover'];
    for (const locale of ['fr', 'en'])
      for (const kind of kinds)
        expect(segmentSms(await text(kind, locale), 1).encoding).toBe('gsm7');
    const promoted = await text('confirmation', 'fr', { promoted: true });
    expect(segmentSms(promoted, 1).encoding).toBe('gsm7');
  });

  it('has no SMS for a kind without a text', async () => {
    await expect(text('feedback-invitation', 'ar')).rejects.toThrow(/no SMS text/);
  });
});
