// The PWA shell: right to left in Arabic, installs a service worker and reopens offline,
// keeps queued work across a closed tab, lets an organizer create a meeting, stays accessible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../support/harness';
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

const dirOf = (page: import('playwright-core').Page) =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

describe('the app shell', () => {
  it('is Arabic and right to left by default; French is left to right and remembered', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env, 'fr-FR');
    await page.goto(`/m/${slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await dirOf(page)).toEqual(['ar', 'rtl']);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'اللقاء التشاوري الجهوي بطنجة',
    );
    await page.getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => dirOf(page)).toEqual(['fr', 'ltr']);
    await page.getByText('Rencontre consultative régionale de Tanger').first().waitFor();
    await page.reload();
    await page.getByText('Rencontre consultative régionale de Tanger').first().waitFor();
    expect(await dirOf(page)).toEqual(['fr', 'ltr']);
    await context.close();
  });

  it('shows dates as Morocco wall time with Latin digits', async () => {
    const slug = await createOpenMeeting(env.server, {
      startsAt: '2026-12-12T09:00',
      endsAt: '2026-12-12T15:30',
    });
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('09:00');
    expect(text).toContain('بتوقيت المغرب');
    expect(text).not.toMatch(/[٠-٩]/);
    await context.close();
  });

  it('installs a service worker and reopens visited pages with the network cut', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}`);
    await waitForServiceWorker(page);
    await page.reload(); // the meeting's data now goes through the service worker's cache
    await page.getByRole('heading', { level: 1 }).waitFor();
    env.server.setReachable(false);
    try {
      await page.reload();
      await page.getByText('اللقاء التشاوري الجهوي بطنجة').first().waitFor();
      const manifest = await page.evaluate(() =>
        document.querySelector('link[rel=manifest]')?.getAttribute('href'),
      );
      expect(manifest).toBe('/manifest.webmanifest');
    } finally {
      env.server.setReachable(true);
    }
    await context.close();
  });

  it('a registration queued offline survives a closed tab and is sent once when the app opens again', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/register`);
    await waitForServiceWorker(page);
    await page.reload();
    await page.locator('[name=fullName]').waitFor();
    env.server.setReachable(false);
    try {
      await fillRegistrationForm(page, {
        fullName: 'Hamza Tazi',
        gender: 'male',
        ageBand: '18-30',
        role: 'citizen',
        provinceCode: 'larache',
        phone: '0611223344',
      });
      await page.click('button[type=submit]');
      await page.getByText('سيُرسل تلقائيا عند عودة الاتصال').waitFor();
      await page.close(); // the tab is gone; only IndexedDB remembers
    } finally {
      env.server.setReachable(true);
    }
    const again = await context.newPage();
    await again.goto('/');
    await expect
      .poll(async () => (await registrationsOf(env.server, slug)).length, { timeout: 20_000 })
      .toBe(1);
    // Nothing left to send: no later copy can reach the server.
    await expect.poll(() => deviceQueueSize(again)).toBe(0);
    expect((await registrationsOf(env.server, slug)).map((r) => r.fullName)).toEqual([
      'Hamza Tazi',
    ]);
    await context.close();
  });

  it('an unknown address shows the app’s own not-found page', async () => {
    const { context, page } = await newPhone(env);
    const res = await page.goto('/no/such/page');
    expect(res?.status()).toBe(404);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('a[href="/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('public pages have no serious accessibility violations (axe-core)', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    for (const path of ['/', `/m/${slug}`, '/me', '/no/such/page']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const violations = await seriousViolations(page);
      expect(violations, `${path}: ${JSON.stringify(violations)}`).toEqual([]);
    }
    await context.close();
  });
});

describe('organizers', () => {
  it('sign in and create a meeting with the form', async () => {
    const context = await env.browser.newContext({ baseURL: env.url, locale: 'ar' });
    const page = await context.newPage();
    await page.goto('/staff/login');
    await page.fill('[name=email]', ADMIN.email);
    await page.fill('[name=password]', ADMIN.password);
    await page.click('button[type=submit]');
    await page.waitForURL((url) => !url.pathname.startsWith('/staff/login'));
    await page.goto('/staff/new');
    await page.fill('[name=slug]', 'casablanca-2026');
    await page.fill('[name="title.ar"]', 'اللقاء التشاوري الجهوي بالدار البيضاء');
    await page.fill('[name="title.fr"]', 'Rencontre consultative de Casablanca');
    await page.fill('[name="venue.name"]', 'Hôtel Kenzi Tower');
    await page.selectOption('select[name="venue.provinceCode"]', 'casablanca');
    await page.fill('[name=startsAt]', '2026-12-19T09:00');
    await page.fill('[name=endsAt]', '2026-12-19T15:30');
    await page.fill('[name="registration.opensAt"]', '2026-11-25T09:00');
    await page.fill('[name="registration.closesAt"]', '2026-12-10T18:00');
    await page.fill('[name=capacity]', '60');
    await page.check('input[name=approval][value=manual]', { force: true });
    await page.check('input[name=status][value=published]', { force: true });
    await page.click('button[type=submit]');
    await expect
      .poll(
        async () =>
          (await env.server.json<{ capacity?: number }>('GET', '/api/meetings/casablanca-2026'))
            .status,
        { timeout: 10_000 },
      )
      .toBe(200);
    const { body } = await env.server.json<{
      capacity: number;
      approval: string;
      startsAt: string;
      venue: { provinceCode: string };
    }>('GET', '/api/meetings/casablanca-2026');
    expect(body).toMatchObject({
      capacity: 60,
      approval: 'manual',
      venue: { provinceCode: 'casablanca' },
    });
    expect(body.startsAt).toBe('2026-12-19T09:00:00+00:00');
    await context.close();
  });
});
