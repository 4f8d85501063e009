// "Lost your link?" under the registration form is fetched when opened: opened with no network
// before any service worker, it says the network is needed (never the error page), and opened
// again once the network is back, it shows its form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPhone, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting } from './support/fixtures';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(() => env.close());

describe('the lost-link form on the registration page', () => {
  it('opened offline says the network is needed, and opens once it is back', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env, 'ar', { serviceWorkers: 'block' });
    await page.goto(`/m/${slug}/register`);
    await page.locator('[name=fullName]').waitFor();
    await page.waitForLoadState('networkidle');
    const toggle = page.getByText('فقدت رابطك؟ احصل عليه من جديد');

    env.server.setReachable(false);
    try {
      await toggle.click();
      await page
        .locator('#recover [role=alert]')
        .getByText('لا يوجد اتصال')
        .waitFor({ timeout: 15_000 });
      expect(await page.locator('[name=recoverContact]').count()).toBe(0);
      expect(await page.locator('[name=fullName]').count()).toBe(1); // still the form's page
    } finally {
      env.server.setReachable(true);
    }

    await toggle.click(); // closed
    await toggle.click(); // opened again: fetched now
    await page.locator('[name=recoverContact]').waitFor({ timeout: 15_000 });
    expect(await page.locator('#recover [role=alert]').count()).toBe(0);
    await context.close();
  });
});
