// The decision notices as a participant receives them over SMTP: the support decision, the
// invitation to give feedback, and a proposal's fate, each in Arabic (right to left) and in
// French, built from the outbox row's payload, escaped, and delivered exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { MailKind } from './kinds';
import { queueRegistrationMail } from './queue';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';

let t: MailTest;
beforeAll(async () => {
  t = await startMailTest();
});
afterAll(() => t.close());

type Registered = Awaited<ReturnType<MailTest['register']>> & { slug: string };

/** Queues `kind` for `reg` as the feature that causes it would, then runs the worker. */
async function sendNotice(
  reg: Registered,
  kind: MailKind,
  payload: Record<string, unknown>,
  dedupeKey?: string,
): Promise<void> {
  const row = await t.s.db.kysely
    .selectFrom('registrations')
    .select(['id', 'meeting_id', 'email', 'phone', 'locale'])
    .where('id', '=', reg.id)
    .executeTakeFirstOrThrow();
  const nowIso = t.s.clock.now.toISOString();
  await queueRegistrationMail(t.s.db.kysely, row, kind, nowIso, { payload, dedupeKey });
  await t.worker.runOnce();
}

/** The one message the sink got for `reg`'s row of `kind`, found by the row's Message-ID. */
async function onlyMail(reg: Registered, kind: string): Promise<ParsedMail> {
  const res = await t.s.json<Array<{ to: string; kind: string; messageId?: string }>>(
    'GET',
    `/api/meetings/${reg.slug}/outbox`,
    { token: t.organizer },
  );
  const rows = res.body.filter((e) => e.to === reg.email && e.kind === kind);
  expect(rows).toHaveLength(1);
  const mails = (t.sink?.received ?? []).filter(
    (m) => m.parsed.messageId === rows[0]?.messageId && m.to.includes(reg.email),
  );
  expect(mails, `${kind}: delivered once`).toHaveLength(1);
  return (mails[0] as { parsed: ParsedMail }).parsed;
}

async function registerIn(
  slug: string,
  overrides: Record<string, unknown> = {},
): Promise<Registered> {
  return { ...(await t.register(slug, overrides)), slug };
}

const both = (mail: ParsedMail) => [mail.text ?? '', String(mail.html)];

describe('the support decision', () => {
  it('tells an Arabic reader, right to left, what was approved and for how many nights', async () => {
    const slug = await t.meeting();
    const reg = await registerIn(slug, { locale: 'ar' });
    await sendNotice(reg, 'support-decision', {
      travel: 'approved',
      lodging: 'approved',
      nights: 2,
    });
    const mail = await onlyMail(reg, 'support-decision');
    expect(mail.subject).toBe('قرار بشأن طلب الدعم: اللقاء التشاوري الجهوي بطنجة');
    expect(mail.html).toMatch(/<html lang="ar" dir="rtl">/);
    for (const part of both(mail)) {
      expect(part).toContain('مصاريف التنقل: تمت الموافقة');
      expect(part).toContain('الإيواء: تمت الموافقة، عدد الليالي: 2');
      expect(part).toContain('Grand Mogador');
      expect(part).toContain(reg.manageUrl);
    }
    expect(mail.attachments).toHaveLength(0);
  });

  it('tells a French reader that travel was declined, and says nothing of lodging not asked for', async () => {
    const slug = await t.meeting();
    const reg = await registerIn(slug, { locale: 'fr', fullName: 'Nadia Benali' });
    await sendNotice(reg, 'support-decision', { travel: 'declined', lodging: null, nights: null });
    const mail = await onlyMail(reg, 'support-decision');
    expect(mail.subject).toBe(
      'Votre demande de prise en charge : Rencontre consultative régionale de Tanger',
    );
    expect(mail.html).toMatch(/<html lang="fr" dir="ltr">/);
    expect(mail.text).toContain('Frais de transport : non accordé');
    expect(mail.text).not.toContain('Hébergement');
    expect(mail.text).not.toMatch(/[\u0600-\u06FF]{3}/);
  });
});

describe('the invitation to give feedback', () => {
  it.each([
    ['ar', 'شاركونا رأيكم: اللقاء التشاوري الجهوي بطنجة', 'rtl'],
    ['fr', 'Votre avis sur la rencontre : Rencontre consultative régionale de Tanger', 'ltr'],
  ])(
    'links a %s reader to the post-meeting form, without the private link',
    async (locale, subject, dir) => {
      const slug = await t.meeting();
      const reg = await registerIn(slug, { locale });
      await sendNotice(reg, 'feedback-invitation', {});
      const mail = await onlyMail(reg, 'feedback-invitation');
      expect(mail.subject).toBe(subject);
      expect(mail.html).toContain(`<html lang="${locale}" dir="${dir}">`);
      const link = `${t.s.deps.config.publicUrl}/m/${slug}/feedback?kind=post-meeting`;
      for (const part of both(mail)) {
        expect(part).toContain(link);
        expect(part).not.toContain(reg.manageToken);
      }
    },
  );
});

describe("a proposal's fate", () => {
  it('quotes the proposal (escaped), its fate and the explanation, in Arabic and in French', async () => {
    const slug = await t.meeting();
    const ar = await registerIn(slug, { locale: 'ar' });
    const fr = await registerIn(slug, { locale: 'fr' });
    const payload = {
      proposalId: 'p-1',
      text: 'إحداث <مرصد> جهوي & مفتوح',
      status: 'not-retained',
      explanation: 'يدخل في اختصاص الجماعات الترابية',
      institution: 'مجلس الجهة',
    };
    await sendNotice(ar, 'proposal-outcome', payload, `${ar.id}:proposal-outcome:p-1`);
    await sendNotice(fr, 'proposal-outcome', payload, `${fr.id}:proposal-outcome:p-1`);
    const inArabic = await onlyMail(ar, 'proposal-outcome');
    expect(inArabic.subject).toBe('مآل مقترحكم: اللقاء التشاوري الجهوي بطنجة');
    expect(String(inArabic.html)).toContain('إحداث &lt;مرصد&gt; جهوي &amp; مفتوح');
    expect(inArabic.text).toContain('إحداث <مرصد> جهوي & مفتوح');
    for (const part of both(inArabic)) {
      expect(part).toContain('لم يتم قبوله');
      expect(part).toContain('يدخل في اختصاص الجماعات الترابية');
      expect(part).toContain('مجلس الجهة');
      expect(part).toContain(`${t.s.deps.config.publicUrl}/m/${slug}/proposals`);
      expect(part).not.toContain(ar.manageToken);
    }
    const inFrench = await onlyMail(fr, 'proposal-outcome');
    expect(inFrench.subject).toBe(
      'Le sort de votre proposition : Rencontre consultative régionale de Tanger',
    );
    expect(inFrench.text).toContain('Sort:\nNon retenue');
  });

  it('is sent once per proposal: the same outcome queued again sends nothing more', async () => {
    const slug = await t.meeting();
    const reg = await registerIn(slug, { locale: 'fr' });
    const payload = { proposalId: 'p-2', text: 'Un budget participatif', status: 'retained' };
    await sendNotice(reg, 'proposal-outcome', payload, `${reg.id}:proposal-outcome:p-2`);
    await sendNotice(reg, 'proposal-outcome', payload, `${reg.id}:proposal-outcome:p-2`);
    expect((await onlyMail(reg, 'proposal-outcome')).text).toContain('Retenue');
    const rows = (await t.outbox(slug)).filter((e) => e.kind === 'proposal-outcome');
    expect(rows.map((e) => [e.status, e.attempts])).toEqual([['sent', 1]]);
  });
});

it('fails a notice whose payload cannot be read, with the reason, and does not retry it', async () => {
  const slug = await t.meeting();
  const reg = await registerIn(slug);
  await sendNotice(reg, 'proposal-outcome', { proposalId: 'p-3', status: 'adopted' });
  t.advance(24 * 3600_000);
  await t.signInAgain(); // the next day: the session went idle overnight
  await t.worker.runOnce();
  const row = (await t.outbox(slug)).find((e) => e.kind === 'proposal-outcome');
  expect(row).toMatchObject({ status: 'failed', attempts: 1 });
  expect(row?.lastError).toMatch(/malformed payload/);
});
