import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { decodeHeader, readEml } from './readEml';

async function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<string> {
  return (await new MailComposer(options).compile().build()).toString('latin1');
}

const ARABIC = 'السلام عليكم فاطمة الزهراء،\n\nتم تأكيد مقعدكم في اللقاء التشاوري الجهوي بطنجة.';

describe('reading an .eml as nodemailer writes it', () => {
  it('decodes the Arabic subject, recipient and plain text, and names the attachments', async () => {
    const raw = await compose({
      from: 'Liqa <no-reply@liqa.ma>',
      to: { name: 'فاطمة الزهراء', address: 'fatima@example.ma' },
      subject: 'تأكيد مشاركتكم: اللقاء التشاوري الجهوي بطنجة',
      text: ARABIC,
      html: '<p dir="rtl">…</p>',
      attachments: [
        {
          filename: 'liqa-ticket.png',
          content: Buffer.from([137, 80, 78, 71]),
          cid: 'ticket@liqa',
        },
        { filename: 'liqa.ics', content: 'BEGIN:VCALENDAR' },
      ],
    });
    const mail = readEml(raw);
    expect(mail.subject).toBe('تأكيد مشاركتكم: اللقاء التشاوري الجهوي بطنجة');
    expect(mail.to).toBe('فاطمة الزهراء <fatima@example.ma>');
    expect(mail.from).toBe('Liqa <no-reply@liqa.ma>');
    expect(mail.text).toBe(ARABIC);
    expect(mail.attachments).toEqual(['liqa-ticket.png', 'liqa.ics']);
  });

  it('decodes quoted-printable French text', async () => {
    const text = "Bonjour Nadia,\n\nVotre place est confirmée : séance d'ouverture à 09:30.";
    const raw = await compose({
      from: 'no-reply@liqa.ma',
      to: 'nadia@example.ma',
      subject: 'Participation confirmée',
      text,
      textEncoding: 'quoted-printable',
    });
    expect(raw).toMatch(/quoted-printable/i);
    const mail = readEml(raw);
    expect(mail.text).toBe(text);
    expect(mail.subject).toBe('Participation confirmée');
  });

  it('decodes Q-encoded words, underscores as spaces', () => {
    expect(decodeHeader('=?UTF-8?Q?Rappel_:_Rencontre_de_T=C3=A9touan?=')).toBe(
      'Rappel : Rencontre de Tétouan',
    );
  });
});
