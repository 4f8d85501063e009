// The two transports: .eml files on the embedded default (readable, and served to organizers),
// and SMTP from SMTP_URL (no credentials needed, STARTTLS when offered). Also the running
// worker: a commit that queues mail wakes it at once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { startMailTest, type MailTest } from '../../tests/support/mailHarness';
import { emlDirectory, smtpOptions } from './transport';

let t: MailTest | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('the embedded .eml transport', () => {
  it('writes one readable message per e-mail and serves it to organizers', async () => {
    t = await startMailTest({ eml: true });
    const slug = await t.meeting();
    const reg = await t.register(slug, { locale: 'fr', fullName: 'Nadia Benali' });
    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 });
    const dir = emlDirectory(t.s.deps.config.dataDir);
    const files = readdirSync(dir);
    expect(files).toEqual([expect.stringMatching(/^\d{8}-confirmation\.eml$/)]);
    const parsed = await simpleParser(readFileSync(path.join(dir, files[0] as string)));
    expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toBe(
      `"Nadia Benali" <${reg.email}>`,
    );
    expect(parsed.subject).toMatch(/^Participation confirmée/);
    expect(parsed.attachments.map((a) => a.contentType).sort()).toEqual([
      'image/png',
      'image/png',
      'text/calendar',
    ]);

    const [entry] = await t.outbox(slug);
    expect(entry?.status).toBe('sent');
    expect(parsed.messageId).toMatch(/^<outbox-\d+-\d+@localhost>$/);
    expect((entry as { messageId?: string }).messageId).toBe(parsed.messageId);
    const res = await t.s.call('GET', `/api/meetings/${slug}/outbox/${entry?.id}/eml`, {
      token: t.organizer,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('message/rfc822');
    expect(
      Buffer.from(await res.arrayBuffer()).equals(readFileSync(path.join(dir, files[0] as string))),
    ).toBe(true);
  });
});

describe('SMTP', () => {
  it('reads SMTP_URL: credentials optional and URL-decoded, smtps for implicit TLS, tls.* options', () => {
    expect(smtpOptions('smtp://relay.example.ma:2525', 4)).toMatchObject({
      host: 'relay.example.ma',
      port: 2525,
      secure: false,
      maxRequeues: 0,
    });
    expect(smtpOptions('smtp://relay.example.ma:2525', 4).auth).toBeUndefined();
    expect(smtpOptions('smtps://liqa%40gov.ma:p%3Ass@mail.gov.ma', 4)).toMatchObject({
      port: 465,
      secure: true,
      auth: { user: 'liqa@gov.ma', pass: 'p:ss' },
      tls: { rejectUnauthorized: true },
    });
    expect(smtpOptions('smtp://h:25/?tls.rejectUnauthorized=false', 4).tls).toEqual({
      rejectUnauthorized: false,
    });
    expect(() => smtpOptions('http://h', 4)).toThrow(/smtp/);
  });

  it('upgrades with STARTTLS when the server offers it', async () => {
    t = await startMailTest({
      sink: { starttls: true },
      smtpQuery: '?tls.rejectUnauthorized=false',
    });
    const slug = await t.meeting();
    await t.register(slug);
    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 });
    expect(t.sink?.received.map((m) => m.secure)).toEqual([true]);
  });

  it('stays in plain text when the server offers no STARTTLS', async () => {
    t = await startMailTest();
    const slug = await t.meeting();
    await t.register(slug);
    expect(await t.worker.runOnce()).toMatchObject({ sent: 1 });
    expect(t.sink?.received.map((m) => m.secure)).toEqual([false]);
  });
});

describe('the running worker', () => {
  it('sends a confirmation right after the registration commits, without waiting for a poll', async () => {
    t = await startMailTest({ worker: { pollMs: 60_000 } });
    const slug = await t.meeting();
    t.worker.start();
    const reg = await t.register(slug);
    for (let i = 0; i < 100 && (t.sink?.received.length ?? 0) === 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(t.sink?.received.map((m) => m.to)).toEqual([[reg.email]]);
  });
});
