// The meeting's contact: where participants reach the organizers. Accepted and returned by the
// API, the Reply-To of the meeting's e-mails, and shown in the confirmation's HTML and text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { meetingBody } from '../../tests/support/harness';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';

let t: MailTest;
beforeAll(async () => {
  t = await startMailTest();
});
afterAll(() => t.close());

const CONTACT = { email: 'contact@region-tanger.ma', phone: '0539 94 00 00' };

function mailTo(address: string): ParsedMail {
  const found = t.sink?.received.filter((m) => m.to.includes(address)) ?? [];
  expect(found).toHaveLength(1);
  return (found[0] as { parsed: ParsedMail }).parsed;
}

describe('the meeting contact', () => {
  it('is stored with the phone in E.164 and returned by GET, to the public too', async () => {
    const slug = await t.meeting({ contact: CONTACT });
    const read = await t.s.json<{ contact: unknown }>('GET', `/api/meetings/${slug}`);
    expect(read.body.contact).toEqual({ email: CONTACT.email, phone: '+212539940000' });
    const patched = await t.s.json<{ contact: unknown }>('PATCH', `/api/meetings/${slug}`, {
      token: t.organizer,
      body: { contact: { phone: null } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.contact).toEqual({ email: CONTACT.email });
  });

  it('refuses an address or a number that is not one', async () => {
    for (const contact of [{ email: 'not-an-address' }, { phone: '12' }]) {
      const res = await t.s.json<{ errors: Array<{ path: string }> }>('POST', '/api/meetings', {
        token: t.organizer,
        body: meetingBody({ slug: `c-${Date.now()}`, contact }),
      });
      expect(res.status).toBe(422);
      expect(res.body.errors[0]?.path).toMatch(/^contact\.(email|phone)$/);
    }
  });

  it('is the Reply-To of the confirmation, shown in its HTML and text', async () => {
    const slug = await t.meeting({ contact: CONTACT });
    const reg = await t.register(slug, { locale: 'fr', fullName: 'Nadia Benali' });
    expect((await t.worker.runOnce()).sent).toBe(1);
    const mail = mailTo(reg.email);
    expect(mail.replyTo?.value[0]?.address).toBe(CONTACT.email);
    for (const part of [mail.text ?? '', String(mail.html)]) {
      expect(part).toContain('Contacter les organisateurs');
      expect(part).toContain(CONTACT.email);
      expect(part).toContain('05 39 94 00 00');
      expect(part).not.toContain('merci de ne pas y répondre');
    }
  });

  it('leaves no Reply-To on the e-mails of a meeting without one', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug, { locale: 'en' });
    await t.worker.runOnce();
    const mail = mailTo(reg.email);
    expect(mail.replyTo).toBeUndefined();
    expect(mail.text).toContain('please do not reply');
  });
});
