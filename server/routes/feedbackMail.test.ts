// The feedback e-mails end to end, through the outbox worker to a real SMTP sink: a proposal's
// fate to the participant who linked their feedback, and the post-meeting invitation.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';

let t: MailTest;
beforeAll(async () => {
  t = await startMailTest();
});
afterAll(() => t.close());

const received = (to: string) => t.sink?.received.filter((m) => m.to.includes(to)) ?? [];

describe('feedback e-mails', () => {
  it('tell the linked author, in their language, what became of their proposal', async () => {
    const slug = await t.meeting();
    const person = await t.register(slug, { locale: 'ar' });
    const feedback = {
      id: randomUUID(),
      kind: 'post-meeting',
      ratings: { overall: 4 },
      solutions: ['إحداث سجل وطني للجمعيات'],
      locale: 'ar',
    };
    const sent = await t.s.json<{ proposals: string[] }>('POST', `/api/meetings/${slug}/feedback`, {
      body: feedback,
      headers: { authorization: `Bearer ${person.manageToken}` },
    });
    const decision = { status: 'not-retained', explanation: 'مدرج في خطة سابقة' };
    const patched = await t.s.json('PATCH', `/api/proposals/${sent.body.proposals[0]}`, {
      token: t.organizer,
      body: decision,
    });
    expect(patched.status).toBe(200);
    await t.worker.runOnce();
    const mails = received(person.email).filter((m) => m.parsed.text?.includes('مقترحكم'));
    expect(mails).toHaveLength(1);
    const text = mails[0]?.parsed.text ?? '';
    expect(text).toContain('إحداث سجل وطني للجمعيات');
    expect(text).toContain('لم يتم قبوله');
    expect(text).toContain('مدرج في خطة سابقة');
    expect(text).toContain(`/m/${slug}/proposals`);
    expect((await t.outbox(slug)).find((m) => m.kind === 'proposal-outcome')?.status).toBe('sent');
  });

  it('invite participants after the meeting, with the post-meeting form link', async () => {
    const slug = await t.meeting();
    const person = await t.register(slug);
    const invited = await t.s.json<{ queued: number; at: string }>(
      'POST',
      `/api/meetings/${slug}/feedback/invitations`,
      { token: t.organizer, body: { audience: 'accepted' } },
    );
    expect(invited.body.queued).toBe(1);
    await t.worker.runOnce();
    expect((await t.outbox(slug)).find((m) => m.kind === 'feedback-invitation')?.status).toBe(
      'queued',
    );
    t.s.clock.now = new Date(Date.parse(invited.body.at) + 60_000); // the meeting has ended
    await t.worker.runOnce();
    const mail = received(person.email).find((m) =>
      m.parsed.text?.includes('feedback?kind=post-meeting'),
    );
    expect(mail).toBeDefined();
  });
});
