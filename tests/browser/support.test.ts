// Asking for travel support on a phone with the network cut: the answer (and its reason) is
// worked out on the phone, the request waits in the outbox and reaches the server when the
// network returns; the page is accessible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  newPhone,
  startBrowserEnv,
  waitForServiceWorker,
  type BrowserEnv,
} from './support/browser';
import { createOpenMeeting, registrationsOf } from './support/fixtures';
import { fillRegistrationForm } from './support/registerForm';
import { seriousViolations } from './support/axe';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(() => env.close());

const TETOUAN_REASON = 'تطوان على بعد 60 كم من مكان اللقاء؛ يُتكفَّل بمصاريف التنقل ابتداءً من 30 كم.';

async function registerThroughTheForm(page: Page, slug: string) {
  await page.goto(`/m/${slug}/register`);
  await waitForServiceWorker(page);
  await fillRegistrationForm(page, {
    fullName: 'يوسف الطنجاوي',
    gender: 'male',
    ageBand: '40-50',
    email: 'youssef@example.ma',
  });
  await page.click('button[type=submit]');
  await page.getByText('مقعدك مؤكد').first().waitFor({ timeout: 15_000 });
}

const supportRows = () => env.server.db.kysely.selectFrom('support_requests').selectAll().execute();

describe('asking for travel support on a phone', () => {
  it('offline: shows the answer worked out on the phone, then sends the request when the network returns', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await registerThroughTheForm(page, slug);
    const [registration] = await registrationsOf(env.server, slug);

    await page.goto('/me');
    await page.getByRole('link', { name: 'طلب التكفل بالتنقل أو الإيواء' }).click();
    await page.waitForURL(`**/r/${registration?.id}/support`);
    await page.locator('select[name=departureProvinceCode]').waitFor();

    env.server.setReachable(false);
    try {
      await page.reload(); // offline: the page opens from what the phone kept
      await page.locator('select[name=departureProvinceCode]').waitFor();
      expect(await page.inputValue('select[name=departureProvinceCode]')).toBe('tetouan');
      await page.check('input[name=travel]', { force: true });
      await page.getByText(TETOUAN_REASON).waitFor();
      await page.getByRole('button', { name: 'إرسال الطلب' }).click();
      await page.getByText('محفوظ على هذا الهاتف، وسيُرسل تلقائيا عند عودة الاتصال.').waitFor();
      await page.getByText(TETOUAN_REASON).waitFor();
      expect(await supportRows()).toHaveLength(0);
    } finally {
      env.server.setReachable(true);
    }
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(async () => (await supportRows()).length, { timeout: 20_000 }).toBe(1);
    const [row] = await supportRows();
    expect(row).toMatchObject({
      registration_id: registration?.id,
      travel: 1,
      lodging: 0,
      departure_province_code: 'tetouan',
    });
    await page.getByText('وصل طلبك إلى المنظمين.').waitFor();
    await page.getByText('في انتظار قرار اللجنة').waitFor();
    await context.close();
  });

  it('has no serious accessibility violations (axe-core), form and answer alike', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await registerThroughTheForm(page, slug);
    const [registration] = await registrationsOf(env.server, slug);
    await page.goto(`/r/${registration?.id}/support`);
    await page.check('input[name=travel]', { force: true });
    await page.getByText(TETOUAN_REASON).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'إرسال الطلب' }).click();
    await page.getByText('وصل طلبك إلى المنظمين.').waitFor({ timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
