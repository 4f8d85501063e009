// Feedback on a phone: given with the network cut, sent when it returns, its solution public at
// once; linked to the registration made on the same phone; the organizer's screen deciding a
// fate; the feedback route's weight; accessibility of the form and the proposals page.
import { randomUUID } from 'node:crypto';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import {
  newPhone,
  signIn,
  startBrowserEnv,
  waitForServiceWorker,
  type BrowserEnv,
} from './support/browser';
import { createOpenMeeting } from './support/fixtures';
import { fillRegistrationForm } from './support/registerForm';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(() => env.close());

interface Overview {
  items: Array<{
    workshopId: string | null;
    ratings: { overall: number; content: number | null };
    problems: string[];
    solutions: string[];
    linked: boolean;
    participantName: string | null;
  }>;
}
const overview = async (slug: string) =>
  (
    await env.server.json<Overview>('GET', `/api/meetings/${slug}/feedback`, {
      token: await env.server.tokenFor('organizer'),
    })
  ).body;
const proposals = async (slug: string) =>
  (
    await env.server.json<
      Array<{ id: string; text: string; status: string; explanation?: string }>
    >('GET', `/api/meetings/${slug}/proposals`)
  ).body;

async function rateAndWrite(page: Page) {
  await page.check('input[name="ratings.overall"][value="4"]');
  await page.check('input[name="ratings.content"][value="5"]');
  await page.check('input[name=workshopId][value=w1]', { force: true });
  await page.fill('[name="problems.0"]', 'ضعف الولوج إلى المعلومة البيئية');
  await page.fill('[name="solutions.0"]', 'إحداث منصة إلكترونية للتشاور العمومي');
  await page.click('button:has-text("أضف حلا")');
  // The new line takes the focus, so the person types straight on.
  await page.waitForFunction(
    () => (document.activeElement as HTMLInputElement | null)?.name === 'solutions.1',
  );
  await page.keyboard.type('نشر المعطيات المالية للجمعيات');
  await page.fill('[name=comment]', 'لقاء مفيد، شكرا للمنظمين');
}

describe('feedback on a phone', () => {
  it('given with the network cut, it arrives once the network returns, and its solutions are public', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/feedback`);
    await waitForServiceWorker(page);
    await page.reload(); // served by the service worker from now on, the meeting kept on the phone
    await page.locator('input[name="ratings.overall"]').first().waitFor();
    expect(await page.textContent('h1')).toBe('رأيك في اللقاء');
    expect(await page.textContent('body')).toContain('تقييم في عين المكان');

    env.server.setReachable(false);
    try {
      await rateAndWrite(page);
      await page.click('button[type=submit]');
      await page.getByText('سيُرسل تلقائيا عند عودة الاتصال').waitFor();
      expect((await overview(slug)).items).toHaveLength(0);
    } finally {
      env.server.setReachable(true);
    }
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.getByText('وصل رأيك إلى المنظمين').waitFor({ timeout: 20_000 });
    await page.getByText('مقترحاتك (2) منشورة الآن').waitFor();

    const { items } = await overview(slug);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      workshopId: 'w1',
      ratings: { overall: 4, content: 5 },
      problems: ['ضعف الولوج إلى المعلومة البيئية'],
      linked: false,
    });
    expect((await proposals(slug)).map((p) => [p.text, p.status])).toEqual([
      ['إحداث منصة إلكترونية للتشاور العمومي', 'received'],
      ['نشر المعطيات المالية للجمعيات', 'received'],
    ]);
    await page.click('a:has-text("المقترحات ومآلها")');
    await page.getByText('نشر المعطيات المالية للجمعيات').waitFor();
    await context.close();
  });

  it('shows what is missing before anything is sent', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/feedback`);
    await page.locator('input[name="ratings.overall"]').first().waitFor();
    await page.click('button[type=submit]');
    await expect
      .poll(() => page.getAttribute('input[name="ratings.overall"][value="1"]', 'aria-invalid'))
      .toBe('true');
    await page.getByRole('alert').filter({ hasText: 'اختر تقييما من 1' }).first().waitFor();
    expect((await overview(slug)).items).toHaveLength(0);
    await context.close();
  });

  it('may be linked to the registration made on the same phone', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/register`);
    await fillRegistrationForm(page, { fullName: 'خديجة بنعلي', email: 'khadija@example.ma' });
    await page.click('button[type=submit]');
    await page.getByText('مقعدك مؤكد').first().waitFor({ timeout: 15_000 });

    await page.goto(`/m/${slug}/feedback?kind=post-meeting`);
    await page.getByText('تقييم بعد اللقاء').waitFor();
    await page.check('input[name="ratings.overall"][value="5"]');
    await page.getByLabel('باسم خديجة بنعلي').check({ force: true });
    await page.click('button[type=submit]');
    await page.getByText('وصل رأيك إلى المنظمين').waitFor({ timeout: 15_000 });
    expect((await overview(slug)).items[0]).toMatchObject({
      linked: true,
      participantName: 'خديجة بنعلي',
    });
    await context.close();
  });

  it('loads at most 15 KB of gzip JavaScript beyond the meeting page', async () => {
    const slug = await createOpenMeeting(env.server);
    const context = await env.browser.newContext({ serviceWorkers: 'block', baseURL: env.url });
    const scripts = async (path: string) => {
      const page = await context.newPage();
      const sizes = new Map<string, number>();
      const measured: Array<Promise<void>> = [];
      const onDone = (request: Request) => {
        if (request.resourceType() === 'script')
          measured.push(
            request.sizes().then((s) => void sizes.set(request.url(), s.responseBodySize)),
          );
      };
      page.on('requestfinished', onDone);
      await page.goto(path, { waitUntil: 'networkidle' });
      await Promise.all(measured);
      await page.close();
      return sizes;
    };
    const shell = await scripts(`/m/${slug}`);
    const form = await scripts(`/m/${slug}/feedback`);
    const beyond = [...form]
      .filter(([url]) => !shell.has(url))
      .reduce((sum, [, size]) => sum + size, 0);
    console.log(`feedback route: ${(beyond / 1024).toFixed(1)} KB gzip JS beyond the meeting page`);
    expect(beyond).toBeGreaterThan(0);
    expect(beyond).toBeLessThanOrEqual(15 * 1024);
    await context.close();
  });
});

describe('the organizer and the public pages', () => {
  it('an organizer marks a proposal not retained, with the explanation the form insists on, and the public page shows it', async () => {
    const slug = await createOpenMeeting(env.server);
    const feedback = {
      id: randomUUID(),
      kind: 'on-site',
      ratings: { overall: 3 },
      workshopId: 'w2',
      solutions: ['إحداث هيئة للتشاور العمومي'],
      locale: 'ar',
    };
    expect(
      (await env.server.json('POST', `/api/meetings/${slug}/feedback`, { body: feedback })).status,
    ).toBe(201);
    const context = await env.browser.newContext({ baseURL: env.url, locale: 'ar' });
    const page = await context.newPage();
    await signIn(page);

    await page.goto(`/staff/m/${slug}/feedback`);
    await page.getByText('عدد الآراء: 1').waitFor();
    expect(await page.textContent('main')).toContain('3 من 5');
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('button:has-text("البت في المقترح")');
    await page.check('input[name=status][value=not-retained]', { force: true });
    expect(await page.isDisabled('form button[type=submit]')).toBe(true);
    await page.fill('[name=explanation]', 'يدخل في اختصاص السلطة التشريعية');
    await page.fill('[name=institution]', 'البرلمان');
    await page.click('form button:has-text("حفظ")');
    // Saved on the server (the page's own "saved" notice is short-lived, and the fate's words
    // are also the label of the choice just ticked, so neither proves the save).
    await expect
      .poll(async () => (await proposals(slug))[0], { timeout: 15_000 })
      .toMatchObject({ status: 'not-retained', explanation: 'يدخل في اختصاص السلطة التشريعية' });

    await page.goto(`/m/${slug}/proposals`);
    await page.getByText('لم يتم قبوله').waitFor();
    expect(await page.textContent('main')).toContain('يدخل في اختصاص السلطة التشريعية');
    await context.close();
  });

  it('the feedback form and the proposals page have no serious accessibility violations (axe-core)', async () => {
    const slug = await createOpenMeeting(env.server);
    const feedback = {
      id: randomUUID(),
      kind: 'on-site',
      ratings: { overall: 4 },
      workshopId: 'w1',
      solutions: ['سجل وطني للجمعيات'],
      locale: 'ar',
    };
    await env.server.json('POST', `/api/meetings/${slug}/feedback`, { body: feedback });
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/feedback`);
    await page.locator('input[name="ratings.overall"]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('button[type=submit]'); // and with its errors shown
    await page.locator('[role=alert]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/m/${slug}/proposals`);
    await page.getByText('سجل وطني للجمعيات').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
