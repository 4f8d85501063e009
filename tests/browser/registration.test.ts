// Registering on a phone: in Arabic end to end, offline with a reload in between, accessibly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  deviceQueueSize,
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

const fillForm = (page: Page, fullName: string, email: string) =>
  fillRegistrationForm(page, { fullName, organization: 'جمعية الأمل', email });

describe('registering on a phone', () => {
  it('works end to end in Arabic, right to left', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/register`);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    await fillForm(page, 'خديجة بنعلي', 'khadija@example.ma');
    await page.click('button[type=submit]');
    await page.getByText('مقعدك مؤكد').first().waitFor({ timeout: 15_000 });
    const stored = await registrationsOf(env.server, slug);
    expect(stored.map((r) => [r.fullName, r.status])).toEqual([['خديجة بنعلي', 'accepted']]);
    await context.close();
  });

  it('shows what is wrong, in Arabic, before anything is sent', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/register`);
    await page.fill('[name=email]', 'not-an-email');
    await page.click('button[type=submit]');
    const alert = page.locator('[role=alert]').first();
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(await page.getAttribute('[name=email]', 'aria-invalid')).toBe('true');
    expect(await registrationsOf(env.server, slug)).toHaveLength(0);
    await context.close();
  });

  it('offline: saved on the phone, survives a reload, sent exactly once when the network returns', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/register`);
    await waitForServiceWorker(page);
    await page.reload(); // now served through the service worker, meeting data cached
    await page.locator('[name=fullName]').waitFor();

    env.server.setReachable(false);
    try {
      await fillForm(page, 'Salma Ouazzani', 'salma@example.ma');
      await page.click('button[type=submit]');
      await page.getByText('سيُرسل تلقائيا عند عودة الاتصال').waitFor();
      expect(await registrationsOf(env.server, slug)).toHaveLength(0);

      await page.goto('/me'); // a reload, still offline: the app opens from the cache
      await page.getByText('Salma Ouazzani').waitFor();
    } finally {
      env.server.setReachable(true);
    }
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(async () => (await registrationsOf(env.server, slug)).length, { timeout: 20_000 })
      .toBe(1);
    // Nothing left to send: no later copy can reach the server.
    await expect.poll(() => deviceQueueSize(page)).toBe(0);
    const stored = await registrationsOf(env.server, slug);
    expect(stored.map((r) => [r.fullName, r.status])).toEqual([['Salma Ouazzani', 'accepted']]);
    await context.close();
  });

  it('the form has no serious accessibility violations (axe-core)', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/register`);
    await page.locator('[name=fullName]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
