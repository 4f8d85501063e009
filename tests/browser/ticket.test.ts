// The QR ticket in the app: shown on the private link page once accepted, kept on the phone and
// opened from "My registrations" with the network cut (the QR decodes to the ticket token, the
// typeable code is written under it); and the organizer's e-mail screen: counts, a failure with its
// reason resent, a sent message read back, reminders queued. Accessible (axe-core).
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueRegistrationMail } from '../../server/mail/queue';
import { createMailTransport } from '../../server/mail/transport';
import { createMailWorker } from '../../server/mail/worker';
import { seriousViolations } from './support/axe';
import {
  newPhone,
  signIn,
  startBrowserEnv,
  waitForServiceWorker,
  type BrowserEnv,
} from './support/browser';
import { createOpenMeeting } from './support/fixtures';
import { registrationBody } from '../support/factories/registration';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(() => env.close());

interface Registered {
  id: string;
  status: string;
  manageToken: string;
}

async function register(slug: string, fullName: string, email: string): Promise<Registered> {
  const body = registrationBody({ fullName, email });
  const res = await env.server.json<Registered>('POST', `/api/meetings/${slug}/registrations`, {
    body,
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function decodeQr(page: Page): Promise<string | undefined> {
  const image = PNG.sync.read(await page.locator('svg[data-ticket-qr]').screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe("the participant's ticket", () => {
  it('shows on the private link, then offline from "My registrations": a QR of the token and the typeable code', async () => {
    const slug = await createOpenMeeting(env.server);
    const r = await register(slug, 'خديجة بنعلي', 'khadija.ticket@example.ma');
    expect(r.status).toBe('accepted');
    const { body } = await env.server.json<{ ticketToken: string; ticketCode: string }>(
      'GET',
      `/api/registrations/${r.id}`,
      { token: r.manageToken },
    );
    const token = body.ticketToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.ticketCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    const { context, page } = await newPhone(env);
    await page.goto(`/r/${r.id}#${r.manageToken}`);
    await page.getByRole('heading', { name: 'تذكرة الدخول' }).waitFor();
    await page.locator('svg[data-ticket-qr]').waitFor();
    expect(await decodeQr(page)).toBe(token);
    expect((await page.locator('[data-ticket-code]').innerText()).trim()).toBe(body.ticketCode);
    expect(await seriousViolations(page)).toEqual([]);
    await waitForServiceWorker(page);
    // The phone has listed it under "My registrations", ticket included.
    await page.goto('/me');
    await page.getByRole('button', { name: 'عرض تذكرتي' }).waitFor();

    env.server.setReachable(false);
    try {
      await page.reload();
      await page.getByRole('button', { name: 'عرض تذكرتي' }).click();
      const qr = page.getByRole('img', { name: 'رمز QR لتذكرة دخول خديجة بنعلي' });
      await qr.waitFor();
      const box = await qr.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(270); // large: three quarters of a 360 px screen
      expect(await decodeQr(page)).toBe(token);
      const code = page.locator('[data-ticket-code]');
      expect(await code.getAttribute('dir')).toBe('ltr');
      expect((await code.innerText()).trim()).toBe(body.ticketCode);
      expect(
        await page.getByRole('button', { name: 'إخفاء التذكرة' }).getAttribute('aria-expanded'),
      ).toBe('true');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      env.server.setReachable(true);
    }
    await context.close();
  });

  it('shows no ticket while the registration is waitlisted', async () => {
    const slug = await createOpenMeeting(env.server, { capacity: 1, waitlist: true });
    await register(slug, 'Youssef Alami', 'youssef.ticket@example.ma');
    const r = await register(slug, 'Nadia Berrada', 'nadia.ticket@example.ma');
    expect(r.status).toBe('waitlisted');
    const { context, page } = await newPhone(env);
    await page.goto(`/r/${r.id}#${r.manageToken}`);
    await page.getByText('في لائحة الانتظار').first().waitFor();
    expect(await page.getByRole('heading', { name: 'تذكرة الدخول' }).count()).toBe(0);
    await context.close();
  });
});

const countOf = (page: Page, status: string) =>
  page.locator(`[data-status="${status}"] dd`).innerText();

describe("the organizer's e-mail screen", () => {
  it('counts sent, queued and failed e-mails, resends a failure, reads a message and queues reminders', async () => {
    const slug = await createOpenMeeting(env.server);
    const first = await register(slug, 'Amina Tazi', 'amina.outbox@example.ma');
    await register(slug, 'Omar Bennani', 'omar.outbox@example.ma');
    // A notice that cannot be built: a permanent failure, with its reason.
    const row = await env.server.db.kysely
      .selectFrom('registrations')
      .select(['id', 'meeting_id', 'email', 'phone', 'locale'])
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    await queueRegistrationMail(
      env.server.db.kysely,
      row,
      'proposal-outcome',
      env.server.deps.now().toISOString(),
      { payload: { proposalId: 'p1' } },
    );
    // The in-process server runs no mail worker: this one writes .eml files, once.
    const transport = createMailTransport(env.server.deps.config);
    expect((await createMailWorker(env.server.deps, transport).runOnce()).failed).toBe(1);
    transport.close();
    await register(slug, 'Salma Ouazzani', 'salma.outbox@example.ma'); // stays queued

    const { context, page } = await newPhone(env);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page);
    await page.goto(`/staff/m/${slug}`);
    await page.getByRole('link', { name: 'الرسائل الإلكترونية' }).click();
    await page.getByRole('heading', { name: 'الرسائل الإلكترونية', level: 1 }).waitFor();
    expect([
      await countOf(page, 'sent'),
      await countOf(page, 'queued'),
      await countOf(page, 'failed'),
    ]).toEqual(['2', '1', '1']);
    const failed = page.locator('tr[data-status="failed"]');
    expect(await failed.innerText()).toMatch(/malformed payload/);
    expect(await page.locator('table caption').innerText()).toBe('الرسائل: 4 من 4');
    expect(await seriousViolations(page)).toEqual([]);

    await failed.getByRole('button', { name: 'إعادة الإرسال' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'أُعيدت الرسالة الموجهة إلى amina.outbox@example.ma' })
      .waitFor();
    await expect.poll(() => countOf(page, 'failed')).toBe('0');
    expect(await countOf(page, 'queued')).toBe('2');

    const read = page
      .locator('tr[data-status="sent"]')
      .first()
      .getByRole('button', { name: 'قراءة' });
    await read.click();
    const viewer = page.getByRole('region', { name: /^الرسالة الموجهة إلى / });
    await viewer.locator('[data-mail-text]').waitFor();
    expect(await viewer.innerText()).toContain('تأكيد مشاركتكم: اللقاء التشاوري الجهوي بطنجة');
    expect(await viewer.locator('[data-mail-text]').innerText()).toContain('تم تأكيد مقعدكم');
    expect(await seriousViolations(page)).toEqual([]);
    await viewer.getByRole('button', { name: 'إغلاق الرسالة' }).click();
    await expect.poll(() => read.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByLabel('قبل بداية اللقاء بعدد من الأيام، في ساعة البداية').check();
    await page.fill('[name=daysBefore]', '2');
    await page.getByRole('button', { name: 'إدراج التذكيرات' }).click();
    await page.getByRole('status').filter({ hasText: 'عدد التذكيرات المُدرجة: 3' }).waitFor();
    await expect.poll(() => countOf(page, 'queued')).toBe('5');
    await context.close();
  });
});
