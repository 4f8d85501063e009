// The support committee's criteria, saved on a 360 px phone in Arabic: the form's status line is
// on the page before anything is said (a live region inserted with its text is often not read
// out), a wrong number is refused beside its field with nothing saved, and a saved change stays.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPhone, signIn, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting } from './support/fixtures';

let env: BrowserEnv;
let slug: string;
let phone: BrowserContext;
let page: Page;

beforeAll(async () => {
  env = await startBrowserEnv();
  slug = await createOpenMeeting(env.server);
  // Without the service worker, so the page's own save can be held on its way.
  ({ context: phone, page } = await newPhone(env, 'ar', { serviceWorkers: 'block' }));
  await signIn(page);
});
afterAll(async () => {
  await phone.close();
  await env.close();
});

const criteria = () => page.locator('section[aria-labelledby=support-policy] form');
const seats = () => criteria().locator('input[name="travel.seats"]');

describe('the support criteria', () => {
  it('refuses a negative number beside its field and saves nothing', async () => {
    await page.goto(`/staff/m/${slug}/support`);
    const status = criteria().getByRole('status');
    await status.waitFor({ state: 'attached' });
    expect(await status.textContent()).toBe('');
    const before = await seats().inputValue();
    await seats().fill('-3');
    await criteria().getByRole('button', { name: 'حفظ المعايير' }).click();
    await expect.poll(() => seats().getAttribute('aria-invalid')).toBe('true');
    expect(await status.textContent()).toBe('');
    await page.reload();
    await seats().waitFor();
    expect(await seats().inputValue()).toBe(before);
  });

  it('says it is saving (one tap, no second), then that the criteria were saved, and they stay', async () => {
    await page.goto(`/staff/m/${slug}/support`);
    const status = criteria().getByRole('status');
    await status.waitFor({ state: 'attached' });
    await seats().fill('12');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const saves: string[] = [];
    await page.route(`**/api/meetings/${slug}`, async (route) => {
      if (route.request().method() !== 'PATCH') return route.fallback();
      saves.push(route.request().method());
      await held;
      return route.fallback();
    });
    const button = criteria().locator('button[type=submit]');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('جار الحفظ…');
    expect(await button.isDisabled()).toBe(true);
    await button.click({ force: true });
    release();
    await expect.poll(() => status.textContent()).toBe('حُفظت المعايير، وأعيد حساب القائمتين.');
    expect(saves).toHaveLength(1);
    expect(await button.textContent()).toBe('حفظ المعايير');
    await page.unroute(`**/api/meetings/${slug}`);
    await page.reload();
    await seats().waitFor();
    expect(await seats().inputValue()).toBe('12');
  });
});
