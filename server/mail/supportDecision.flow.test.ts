// The support decision end to end: the committee's decision over HTTP queues the row (with the
// payload the support feature writes), the worker renders and delivers it to a real SMTP
// server. (The feedback notices have theirs in server/routes/feedbackMail.test.ts.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';

let t: MailTest;
beforeAll(async () => {
  t = await startMailTest();
});
afterAll(() => t.close());

function mailsTo(address: string, subjectStart: string): ParsedMail[] {
  return (t.sink?.received ?? [])
    .filter((m) => m.to.includes(address) && m.parsed.subject?.startsWith(subjectStart))
    .map((m) => m.parsed);
}

it('announces a support decision once, whatever the organizer clicks twice', async () => {
  const support = {
    travel: { enabled: true, minDistanceKm: 30, seats: 10 },
    lodging: { enabled: true, minDistanceKm: 150, rooms: 10 },
    priorityAccessibility: true,
  };
  const slug = await t.meeting({ support });
  const reg = await t.register(slug, { provinceCode: 'al-hoceima' });
  const asked = await t.s.json('POST', `/api/registrations/${reg.id}/support`, {
    token: reg.manageToken,
    body: { travel: true, lodging: true, nights: 1 },
  });
  expect(asked.status).toBe(201);
  const decisions = [{ registrationId: reg.id, travel: 'approved', lodging: 'declined' }];
  for (let i = 0; i < 2; i++) {
    const res = await t.s.json('POST', `/api/meetings/${slug}/support/decisions`, {
      token: t.organizer,
      body: { decisions },
    });
    expect(res.status).toBe(200);
  }
  await t.worker.runOnce();
  const [mail, ...more] = mailsTo(reg.email, 'قرار بشأن طلب الدعم');
  expect(more).toHaveLength(0);
  expect(mail?.text).toContain('مصاريف التنقل: تمت الموافقة');
  expect(mail?.text).toContain('الإيواء: لم تتم الموافقة');
});
