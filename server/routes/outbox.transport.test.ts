// The outbox list tells the staff screen whether its messages can be read back here: .eml
// files on the embedded default, nothing under SMTP (which keeps no copy).
import { afterEach, expect, it } from 'vitest';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';

let t: MailTest | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

async function listed(mail: MailTest, slug: string) {
  const res = await mail.s.call('GET', `/api/meetings/${slug}/outbox`, { token: mail.organizer });
  const items = (await res.json()) as Array<{ id: number; status: string }>;
  return { transport: res.headers.get('x-liqa-mail-transport'), items };
}

it('says "eml" on the embedded default, where each sent message can be read back', async () => {
  t = await startMailTest({ eml: true });
  const slug = await t.meeting();
  await t.register(slug);
  await t.worker.runOnce();
  const { transport, items } = await listed(t, slug);
  expect(transport).toBe('eml');
  const eml = await t.s.call('GET', `/api/meetings/${slug}/outbox/${items[0]?.id}/eml`, {
    token: t.organizer,
  });
  expect(eml.status).toBe(200);
  expect(eml.headers.get('content-type')).toBe('message/rfc822');
});

it('says "smtp" when SMTP_URL is set, and the message is not kept to be read', async () => {
  t = await startMailTest();
  const slug = await t.meeting();
  await t.register(slug);
  await t.worker.runOnce();
  const { transport, items } = await listed(t, slug);
  expect(transport).toBe('smtp');
  expect(items[0]?.status).toBe('sent');
  const eml = await t.s.call('GET', `/api/meetings/${slug}/outbox/${items[0]?.id}/eml`, {
    token: t.organizer,
  });
  expect(eml.status).toBe(404);
});
