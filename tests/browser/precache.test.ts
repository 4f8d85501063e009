// What each audience's phone downloads: a participant's precache holds no staff screen; a desk
// visited once online opens offline with its QR decoder; a registration form whose network drops
// before the service worker is installed still shows the result of "Register".
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

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(() => env.close());

const STAFF_CHUNK = /\/assets\/(CheckinDesk|StaffOutbox|StaffSupport|Report|MeetingForm|jsQR)-/;

/** Every URL the service worker holds, in any of its caches. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });

describe('precache by audience', () => {
  it('a participant’s phone precaches the participant screens and no staff screen', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}`);
    await waitForServiceWorker(page);
    const urls = await cachedUrls(page);
    expect(urls.some((u) => /\/assets\/Register-.*\.js$/.test(u))).toBe(true);
    expect(urls.some((u) => /\/assets\/PrivateLink-.*\.js$/.test(u))).toBe(true);
    expect(urls.filter((u) => STAFF_CHUNK.test(u))).toEqual([]);
    // Read online, cached on its first visit; nor the icons only an installation reads.
    expect(urls.filter((u) => /\/assets\/Programme-|\/icons\/icon-512/.test(u))).toEqual([]);
    await context.close();
  });

  it('a desk signed in once online opens offline, its QR decoder cached', async () => {
    const slug = await createOpenMeeting(env.server);
    const token = await env.server.tokenFor('checkin');
    const { context, page } = await newPhone(env);
    await context.addCookies([
      { name: 'liqa_session', value: token, url: env.url, httpOnly: true, sameSite: 'Strict' },
    ]);
    await page.goto('/staff');
    await waitForServiceWorker(page);
    await page.reload(); // a staff page controlled by the worker asks for the staff screens
    await expect
      .poll(async () => (await cachedUrls(page)).some((u) => /\/assets\/jsQR-/.test(u)), {
        timeout: 20_000,
      })
      .toBe(true);
    env.server.setReachable(false);
    try {
      await page.goto(`/staff/m/${slug}/checkin`);
      await page.locator('[name=ticketCode]').waitFor({ timeout: 15_000 });
    } finally {
      env.server.setReachable(true);
    }
    await context.close();
  });
});

describe('a registration form whose network drops', () => {
  it('shows the saved result, not the error page, before any service worker', async () => {
    const slug = await createOpenMeeting(env.server);
    const context = await env.browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'ar',
      baseURL: env.url,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`/m/${slug}/register`);
    await page.locator('[name=fullName]').waitFor();
    await page.waitForLoadState('networkidle'); // the form and what it fetched with it
    env.server.setReachable(false);
    try {
      await fillRegistrationForm(page, {
        fullName: 'Salma Ouazzani',
        email: 'salma.offline@example.ma',
      });
      await page.click('button[type=submit]');
      await page.getByText('سيُرسل تلقائيا عند عودة الاتصال').waitFor({ timeout: 15_000 });
      expect(await page.locator('[role=alert]').filter({ hasText: 'خطأ' }).count()).toBe(0);
    } finally {
      env.server.setReachable(true);
    }
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(async () => (await registrationsOf(env.server, slug)).length, { timeout: 20_000 })
      .toBe(1);
    await context.close();
  });
});
