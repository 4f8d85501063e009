// The public meeting page on a 360×740 phone, as someone opening the link from a poster or a
// WhatsApp message sees it: date, place, whether registration is open and the button to
// register in the first screen, without scrolling, in Arabic and in French, with the seeds'
// long title; then who may register and whether travel and lodging are covered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPhone, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting } from './support/fixtures';

let env: BrowserEnv;
let slug: string;
beforeAll(async () => {
  env = await startBrowserEnv();
  slug = await createOpenMeeting(env.server, {
    title: {
      ar: 'اللقاء التشاوري الجهوي الرابع للإعداد المشترك لخطة العمل الوطنية الثالثة للحكومة المنفتحة',
      fr: "Quatrième rencontre consultative régionale pour la co-création du troisième plan d'action national du gouvernement ouvert",
    },
    eligibleRegions: ['01'],
    contact: { email: 'contact@region-tanger.ma', phone: '0539940000' },
  });
});
afterAll(() => env.close());

/** Where an element ends, from the top of the page, in CSS pixels. */
const bottomOf = async (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom + scrollY);

for (const locale of ['ar', 'fr'] as const) {
  describe(`the meeting page in ${locale}`, () => {
    it('shows the date, the place, the state and "register" in the first screen of a 360×740 phone', async () => {
      const { context, page } = await newPhone(env, locale);
      await page.addInitScript((l) => localStorage.setItem('liqa.locale', l), locale);
      await page.goto(`/m/${slug}`);
      const register = page.getByRole('link', {
        name: locale === 'ar' ? 'سجّل في هذا اللقاء' : "S'inscrire à cette rencontre",
      });
      await register.waitFor();
      const height = page.viewportSize()?.height ?? 0;
      expect(height).toBe(740);
      for (const what of ['h1', 'dl dd', 'dl div:nth-child(2) dd'])
        expect(await bottomOf(page, what), what).toBeLessThanOrEqual(height);
      const button = await register.boundingBox();
      expect((button?.y ?? Infinity) + (button?.height ?? 0)).toBeLessThanOrEqual(height);
      const text = (await page.textContent('main')) ?? '';
      expect(text).toContain(
        locale === 'ar' ? 'طنجة - تطوان - الحسيمة' : 'Tanger-Tétouan-Al Hoceïma',
      );
      expect(text).toContain(locale === 'ar' ? 'برمز دعوة' : 'invitation');
      expect(text).toContain('contact@region-tanger.ma');
      await context.close();
    });
  });
}

describe('a meeting page that cannot be read', () => {
  it('is titled "page not found" only when the server said so; unreachable, it keeps the app’s name', async () => {
    // Without the service worker, so the page's own requests can be cut.
    const { context, page } = await newPhone(env, 'ar', { serviceWorkers: 'block' });
    await page.goto('/m/no-such-meeting');
    await page.getByText('لم نجد هذا اللقاء').waitFor();
    await expect.poll(() => page.title()).toBe('الصفحة غير موجودة — لقاء');

    await page.route(`**/api/meetings/${slug}`, (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'العودة إلى اللقاءات' }).click();
    await page.locator(`a[href="/m/${slug}"]`).first().click();
    await page.getByRole('alert').getByRole('button', { name: 'أعد المحاولة' }).waitFor();
    await expect.poll(() => page.title()).toBe('لقاء');
    expect(await page.locator('h1').allTextContents()).not.toContain('الصفحة غير موجودة');
    await context.close();
  });
});
