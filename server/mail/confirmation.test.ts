// The confirmation e-mail as a participant receives it over SMTP: language and direction, the
// meeting's details in Morocco time, the private link, a QR ticket that decodes to the token
// whose hash check-in holds with its typeable code, and a calendar invitation starting at the right instant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { ParsedMail } from 'mailparser';
import { ticketHashOf } from '../auth/tickets';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';

let t: MailTest;
beforeAll(async () => {
  t = await startMailTest();
});
afterAll(() => t.close());

function mailTo(address: string): ParsedMail {
  const found = t.sink?.received.filter((m) => m.to.includes(address)) ?? [];
  expect(found).toHaveLength(1);
  return (found[0] as { parsed: ParsedMail }).parsed;
}

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('the confirmation e-mail', () => {
  it('is in Arabic, right to left, with the meeting in Morocco time, the venue, workshop and private link', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug, { workshopId: 'w1', locale: 'ar' });
    expect((await t.worker.runOnce()).sent).toBe(1);
    const mail = mailTo(reg.email);
    expect(mail.subject).toBe('تأكيد مشاركتكم: اللقاء التشاوري الجهوي بطنجة');
    expect(mail.html).toMatch(/<html lang="ar" dir="rtl">/);
    for (const part of [mail.text ?? '', String(mail.html)]) {
      expect(part).toContain('السبت 12 دجنبر 2026، من 09:00 إلى 15:30 بتوقيت المغرب');
      expect(part).toContain('Grand Mogador');
      expect(part).toContain('Avenue Mohammed VI');
      expect(part).toMatch(
        /https:\/\/www\.openstreetmap\.org\/\?mlat=35\.7806&(amp;)?mlon=-5\.8136/,
      );
      expect(part).toContain('الورشة الأولى');
      expect(part).toContain('09:30 — الجلسة الافتتاحية');
      expect(part).toContain(reg.manageUrl);
    }
    expect(mail.headers.get('content-language')).toBe('ar');
  });

  it('is in French when the participant registered in French', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug, { locale: 'fr', fullName: 'Nadia Benali' });
    await t.worker.runOnce();
    const mail = mailTo(reg.email);
    expect(mail.subject).toBe(
      'Participation confirmée : Rencontre consultative régionale de Tanger',
    );
    expect(mail.html).toMatch(/<html lang="fr" dir="ltr">/);
    expect(mail.text).toContain('samedi 12 décembre 2026, de 09:00 à 15:30 (heure du Maroc)');
    expect(mail.text).toContain("Séance d'ouverture");
    expect(mail.text).not.toMatch(/[\u0600-\u06FF]{3}/);
  });

  it('carries a QR ticket, inline and attached, that decodes to the token whose hash is stored', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug);
    await t.worker.runOnce();
    const mail = mailTo(reg.email);
    const pngs = mail.attachments.filter((a) => a.contentType === 'image/png');
    expect(pngs).toHaveLength(2);
    const inline = pngs.find((a) => a.cid === 'ticket@liqa');
    expect(inline).toBeDefined();
    expect(String(mail.html)).toContain('src="cid:ticket@liqa"');
    expect(pngs.some((a) => a.contentDisposition === 'attachment')).toBe(true);
    const token = decodeQr(inline?.content as Buffer);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await t.s.db.kysely
      .selectFrom('registrations')
      .select('ticket_hash')
      .where('id', '=', reg.id)
      .executeTakeFirstOrThrow();
    expect(ticketHashOf(token as string)).toBe(stored.ticket_hash);
    expect(decodeQr(pngs.find((a) => a !== inline)?.content as Buffer)).toBe(token);
    // The app gets the same token through the private link, to show the ticket offline.
    const mine = await t.s.json<{ ticketToken: string }>('GET', `/api/registrations/${reg.id}`, {
      token: reg.manageToken,
    });
    expect(mine.body.ticketToken).toBe(token);
  });

  it('carries the typeable ticket code under the QR, in the HTML and the text part, as the app shows it', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug, { locale: 'fr' });
    await t.worker.runOnce();
    const mail = mailTo(reg.email);
    const mine = await t.s.json<{ ticketCode: string }>('GET', `/api/registrations/${reg.id}`, {
      token: reg.manageToken,
    });
    const code = mine.body.ticketCode;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(mail.text).toContain(code);
    expect(String(mail.html)).toMatch(new RegExp(`data-ticket-code>${code}<`));
    // Under the QR image in the HTML.
    const html = String(mail.html);
    expect(html.indexOf(code)).toBeGreaterThan(html.indexOf('src="cid:ticket@liqa"'));
  });

  it('puts the ticket first, then the private link as a button, the details, support and the contact; the text part in the same order', async () => {
    const contact = { email: 'contact@region-tanger.ma', phone: '0539940000' };
    const slug = await t.meeting({ contact });
    const reg = await t.register(slug, { locale: 'fr' });
    await t.worker.runOnce();
    const mail = mailTo(reg.email);
    const html = String(mail.html);
    const button = html.match(/<a href="([^"]+)" style="display:inline-block[^"]*">([^<]+)<\/a>/);
    expect(button?.[1]).toBe(reg.manageUrl);
    expect(button?.[2]).toBe('Ouvrir mon inscription');
    // The long address itself is no longer printed in the HTML: the button carries it.
    expect(html.split(reg.manageUrl)).toHaveLength(2);
    const supportUrl = reg.manageUrl.replace('#', '/support#');
    expect(html).toContain(`href="${supportUrl}"`);
    const order = (part: string, marks: string[]) => marks.map((m) => part.indexOf(m));
    const ascending = (xs: number[]) => xs.every((x, i) => x >= 0 && (i === 0 || x > xs[i - 1]!));
    expect(
      ascending(
        order(html, [
          'src="cid:ticket@liqa"',
          reg.manageUrl,
          'samedi 12 décembre 2026',
          supportUrl,
          contact.email,
        ]),
      ),
    ).toBe(true);
    const text = mail.text ?? '';
    const code = text.match(/[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/)?.[0] ?? 'no code';
    expect(
      ascending(
        order(text, [code, reg.manageUrl, 'samedi 12 décembre 2026', supportUrl, contact.email]),
      ),
    ).toBe(true);
    expect(text).toContain(`Ouvrir mon inscription: ${reg.manageUrl}`);
  });

  it('carries an .ics invitation whose VEVENT starts and ends at the UTC instants of 09:00–15:30 in Casablanca', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug, { locale: 'en' });
    await t.worker.runOnce();
    const ics = mailTo(reg.email).attachments.find((a) =>
      a.contentType.startsWith('text/calendar'),
    );
    const text = (ics?.content as Buffer).toString('utf8');
    expect(text).toMatch(/BEGIN:VEVENT/);
    expect(text).toMatch(/^DTSTART:20261212T090000Z\r?$/m);
    expect(text).toMatch(/^DTEND:20261212T153000Z\r?$/m);
    expect(text).not.toContain(reg.manageToken);
  });

  it('escapes what the public typed', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug, { fullName: 'Ali <img src=x onerror=alert(1)> & "Co"' });
    await t.worker.runOnce();
    const mail = mailTo(reg.email);
    expect(String(mail.html)).toContain(
      'Ali &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;',
    );
    expect(String(mail.html)).not.toContain('<img src=x');
    expect(mail.text).toContain('Ali <img src=x onerror=alert(1)> & "Co"');
  });
});

describe('the other notices', () => {
  it('tells the waitlisted, then confirms their promotion when a seat is given back, and receipts the cancellation', async () => {
    const slug = await t.meeting({ capacity: 1 });
    const first = await t.register(slug);
    const second = await t.register(slug, { locale: 'fr' });
    expect(second.status).toBe('waitlisted');
    await t.s.json('POST', `/api/registrations/${first.id}/cancel`, { token: first.manageToken });
    await t.worker.runOnce();
    const kinds = (await t.outbox(slug)).map((e) => [e.to, e.kind, e.status]);
    expect(kinds).toEqual([
      [first.email, 'confirmation', 'sent'],
      [second.email, 'waitlisted', 'sent'],
      [first.email, 'cancellation', 'sent'],
      [second.email, 'confirmation', 'sent'],
    ]);
    const toSecond = t.sink?.received
      .filter((m) => m.to.includes(second.email))
      .map((m) => m.parsed.subject);
    expect(toSecond).toEqual([
      "Liste d'attente : Rencontre consultative régionale de Tanger",
      'Une place s’est libérée : participation confirmée à Rencontre consultative régionale de Tanger',
    ]);
    const cancelled = t.sink?.received.find(
      (m) => m.to.includes(first.email) && m.parsed.subject?.startsWith('تم إلغاء'),
    );
    expect(cancelled?.parsed.attachments).toHaveLength(0);
  });

  it('acknowledges a registration awaiting review, and sends nothing to a phone-only one', async () => {
    const slug = await t.meeting({ approval: 'manual' });
    const reg = await t.register(slug);
    await t.register(slug, { email: undefined, phone: '0612345678' });
    expect((await t.outbox(slug)).map((e) => [e.to, e.kind])).toEqual([[reg.email, 'received']]);
    await t.worker.runOnce();
    expect(mailTo(reg.email).subject).toBe('توصلنا بطلب تسجيلكم: اللقاء التشاوري الجهوي بطنجة');
  });
});
