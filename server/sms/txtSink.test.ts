// Without SMS_URL every SMS is a .txt file in LIQA_DATA_DIR/sms, which organizers read back
// from the outbox like the .eml files.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';
import { registrationBody } from '../../tests/support/factories/registration';

let t: MailTest;
beforeAll(async () => {
  t = await startMailTest({ eml: true });
});
afterAll(() => t.close());

describe('SMS as .txt files', () => {
  it('writes one file per SMS, with the number, the sender id and the text', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug, { email: undefined, phone: '0661234567', locale: 'ar' });
    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 });
    const dir = path.join(t.s.deps.config.dataDir, 'sms');
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const content = readFileSync(path.join(dir, files[0] as string), 'utf8');
    expect(content).toMatch(/^To: \+212661234567\nFrom: Liqa\n/);
    expect(content).toContain('Encoding: UCS-2');
    expect(content).toContain(reg.manageUrl);
  });

  it('lets the organizer read a sent SMS, and not as an e-mail', async () => {
    const slug = await t.meeting();
    const reg = await t.register(slug, { email: undefined, phone: '0662345678', locale: 'fr' });
    await t.worker.runOnce();
    const list = await t.s.json<Array<{ id: number; channel: string; status: string }>>(
      'GET',
      `/api/meetings/${slug}/outbox`,
      { token: t.organizer },
    );
    expect(list.res.headers.get('x-liqa-sms-transport')).toBe('txt');
    const [row] = list.body;
    expect(row).toMatchObject({ channel: 'sms', status: 'sent' });
    const res = await t.s.call('GET', `/api/meetings/${slug}/outbox/${row?.id}/sms`, {
      token: t.organizer,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toContain(reg.manageUrl);
    const asMail = await t.s.call('GET', `/api/meetings/${slug}/outbox/${row?.id}/eml`, {
      token: t.organizer,
    });
    expect(asMail.status).toBe(404);
  });

  it('queues one SMS however often the same registration is replayed', async () => {
    const slug = await t.meeting();
    const body = registrationBody({
      fullName: 'Yassine Amrani',
      gender: 'male',
      ageBand: '40-50',
      role: 'citizen',
      email: undefined,
      phone: '+33 6 12 34 56 78',
      locale: 'fr',
    });
    const path = `/api/meetings/${slug}/registrations`;
    const [a, b] = await Promise.all([
      t.s.json('POST', path, { body }),
      t.s.json('POST', path, { body }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await t.outbox(slug)).toMatchObject([{ channel: 'sms', to: '+33612345678' }]);
  });
});
