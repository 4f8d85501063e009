// The organizer's registrations screen (/staff/m/:slug): counts, all-or-nothing decisions
// against capacity, Arabic-aware search, the CSV export, invitation codes, accessibility.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { PHONE, signIn, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting, registrationsOf } from './support/fixtures';
import { registrationBody, type RegistrationBody } from '../support/factories/registration';

// Phone-only unless an e-mail is named: what the screen shows of each contact is tested.
const PEOPLE: Array<Partial<RegistrationBody>> = [
  {
    fullName: 'أحمد الإدريسي',
    organization: 'جمعية الأمل',
    provinceCode: 'tanger-assilah',
    email: 'ahmed@example.ma',
  },
  {
    fullName: 'Karim Benali',
    organization: 'Association Horizons',
    provinceCode: 'larache',
    phone: '0611223344',
    accessibility: ['wheelchair'],
  },
  {
    fullName: 'فاطمة الزهراء',
    organization: 'شبكة الجمعيات',
    provinceCode: 'tanger-assilah',
    email: 'fatima@example.ma',
  },
];

let env: BrowserEnv;
let slug: string;
let laptop: BrowserContext;
let page: Page;

async function signedIn(context: BrowserContext): Promise<Page> {
  const p = await context.newPage();
  await signIn(p);
  return p;
}

async function openScreen(p: Page): Promise<void> {
  await p.goto(`/staff/m/${slug}`);
  await p.locator('[role=status]', { hasText: 'عدد التسجيلات: 3' }).waitFor();
}

const glance = (p: Page, name: string) => p.locator(`[data-count="${name}"] dd`).textContent();
const statuses = async () =>
  (await registrationsOf(env.server, slug)).map((r) => `${r.fullName}: ${r.status}`).sort();

beforeAll(async () => {
  env = await startBrowserEnv();
  slug = await createOpenMeeting(env.server, { approval: 'manual', capacity: 2 });
  for (const person of PEOPLE) {
    const res = await env.server.json('POST', `/api/meetings/${slug}/registrations`, {
      body: registrationBody({ email: undefined, ...person }),
    });
    if (res.status !== 201) throw new Error(`registration refused: ${JSON.stringify(res.body)}`);
    // A minute apart, as people register: the list can be put newest first.
    env.server.clock.now = new Date(env.server.clock.now.getTime() + 60_000);
  }
  laptop = await env.browser.newContext({
    baseURL: env.url,
    locale: 'ar',
    viewport: { width: 1280, height: 900 },
  });
  page = await signedIn(laptop);
});
afterAll(async () => {
  await laptop?.close();
  await env?.close();
});

// The tests run in order on one meeting, as an organizer would: look, decide, search, export.
describe('the organizer’s registrations', () => {
  it('shows the counts at a glance and every registration in a table', async () => {
    await openScreen(page);
    await expect.poll(() => glance(page, 'registered')).toBe('3');
    await expect.poll(() => glance(page, 'pending')).toBe('3');
    await expect.poll(() => glance(page, 'accepted')).toBe('0 / 2');
    await expect.poll(() => glance(page, 'seatsLeft')).toBe('2');
    const table = page.getByRole('table', { name: 'لائحة التسجيلات' });
    expect(await table.locator('tbody tr').count()).toBe(3);
    const karim = table.getByRole('row', { name: /Karim Benali/ });
    expect(await karim.textContent()).toContain('العرائش'); // province name, not its code
    expect(await karim.textContent()).toContain('كرسي متحرك'); // accessibility need flagged
  });

  it('shows each person’s age, gender, registration date and arrival, and sorts newest first', async () => {
    await openScreen(page);
    const table = page.getByRole('table', { name: 'لائحة التسجيلات' });
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(
      expect.arrayContaining(['الورشة', 'السن', 'الجنس', 'تاريخ التسجيل', 'الحضور']),
    );
    const karim = table.getByRole('row', { name: /Karim Benali/ });
    expect(await karim.locator('[data-column=checkedIn]').textContent()).toBe('لم يحضر بعد');
    expect(await karim.locator('time').first().getAttribute('datetime')).toMatch(/^2\d{3}-/);
    const names = () => table.locator('tbody th[scope=row] > bdi').allTextContents();
    const listed = await names();
    await page.selectOption('select[name=sort]', 'newest');
    await expect.poll(names).toEqual([...listed].reverse());
    expect(
      await table.locator('thead th', { hasText: 'تاريخ التسجيل' }).getAttribute('aria-sort'),
    ).toBe('descending');
    await page.selectOption('select[name=sort]', 'listed');
    await expect.poll(names).toEqual(listed);
  });

  it('accepting three for two seats is refused as a whole, explained, and nothing changes', async () => {
    await openScreen(page);
    await page.getByRole('checkbox', { name: 'تحديد كل التسجيلات المعروضة' }).check();
    await page.getByRole('button', { name: 'قبول', exact: true }).click();
    const message = page.locator('[data-outcome=capacity]');
    await message.waitFor();
    expect(await message.textContent()).toContain('لم يتبق سوى 2 من المقاعد، ولم يُغيَّر أي شيء.');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-outcome')))
      .toBe('capacity');
    expect(await statuses()).toEqual(PEOPLE.map((p) => `${p.fullName}: pending`).sort());
    await expect.poll(() => glance(page, 'pending')).toBe('3');
  });

  it('accepting two of them fills the seats and refreshes the list and counts', async () => {
    await openScreen(page);
    await page.getByRole('checkbox', { name: 'تحديد أحمد الإدريسي' }).check();
    await page.getByRole('checkbox', { name: 'تحديد Karim Benali' }).check();
    await page.getByRole('button', { name: 'قبول', exact: true }).click();
    const message = page.locator('[data-outcome=decided]');
    await message.waitFor();
    expect(await message.textContent()).toContain('عدد التسجيلات التي أصبحت «مقبول»: 2.');
    expect(await statuses()).toEqual(
      ['Karim Benali: accepted', 'أحمد الإدريسي: accepted', 'فاطمة الزهراء: pending'].sort(),
    );
    await expect.poll(() => glance(page, 'seatsLeft')).toBe('0');
    // Seats come from the meeting, the other counts from the list: both refresh, not at once.
    await expect.poll(() => glance(page, 'accepted')).toBe('2 / 2');
    await expect.poll(() => glance(page, 'pending')).toBe('1');
    const table = page.getByRole('table', { name: 'لائحة التسجيلات' });
    expect(await table.getByRole('row', { name: /Karim Benali/ }).textContent()).toContain('مقبول');
    expect(await page.getByRole('checkbox', { name: 'تحديد Karim Benali' }).isChecked()).toBe(
      false,
    );
  });

  it('search finds an Arabic name typed without hamza, as one types', async () => {
    await openScreen(page);
    await page.locator('[name=q]').pressSequentially('احمد', { delay: 30 });
    await page.locator('[role=status]', { hasText: 'تسجيل واحد' }).waitFor();
    const rows = page.getByRole('table', { name: 'لائحة التسجيلات' }).locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('أحمد الإدريسي');
  });

  it('search finds an Arabic name typed in Latin letters, marks it and says why', async () => {
    await openScreen(page);
    await page.locator('[name=q]').pressSequentially('Ahmed Idrissi', { delay: 20 });
    await page.locator('[role=status]', { hasText: 'تسجيل واحد' }).waitFor();
    const row = page.getByRole('table', { name: 'لائحة التسجيلات' }).locator('tbody tr').first();
    expect(await row.locator('mark').allTextContents()).toEqual(['أحمد', 'الإدريسي']);
    expect(await row.textContent()).toContain('وُجد بكتابة أخرى للاسم');
  });

  it('filters by status', async () => {
    await openScreen(page);
    await page.selectOption('select[name=status]', 'pending');
    await page.locator('[role=status]', { hasText: 'تسجيل واحد' }).waitFor();
    const rows = page.getByRole('table', { name: 'لائحة التسجيلات' }).locator('tbody tr');
    expect(await rows.first().textContent()).toContain('فاطمة الزهراء');
  });

  it('the CSV link downloads the list with a UTF-8 byte order mark', async () => {
    await openScreen(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'ملف CSV' }).click(),
    ]);
    const bytes = await readFile((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('أحمد الإدريسي');
  });

  it('creates two invitation codes for an institution and lists them, copyable', async () => {
    await laptop.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openScreen(page);
    await page.fill('[name=count]', '2');
    await page.fill('[name=label]', 'المجلس الجهوي');
    await page.getByRole('button', { name: 'إنشاء الرموز' }).click();
    await page
      .locator('[role=status]', { hasText: 'عدد الرموز المنشأة لـ«المجلس الجهوي»: 2.' })
      .waitFor();
    const token = await env.server.tokenFor('organizer');
    const stored = (
      await env.server.json<Array<{ code: string; used: number }>>(
        'GET',
        `/api/meetings/${slug}/invitations`,
        { token },
      )
    ).body;
    expect(stored).toHaveLength(2);
    const table = page.getByRole('table', { name: 'رموز هذا اللقاء' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    for (const { code } of stored)
      expect(await table.getByRole('row', { name: new RegExp(code) }).textContent()).toContain(
        'المجلس الجهوي',
      );
    const first = stored[0]?.code ?? '';
    await page.getByRole('button', { name: `نسخ الرمز ${first}` }).click();
    await page.locator('[role=status]', { hasText: first }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
  });

  it('has no serious accessibility violations on a laptop (table) or a phone (cards)', async () => {
    await openScreen(page);
    expect(await seriousViolations(page)).toEqual([]);
    const phone = await env.browser.newContext({ ...PHONE, baseURL: env.url, locale: 'ar' });
    try {
      const small = await signedIn(phone);
      await openScreen(small);
      expect(await small.getByRole('table', { name: 'لائحة التسجيلات' }).count()).toBe(0);
      expect(await small.getByRole('list', { name: 'لائحة التسجيلات' }).locator('li').count()).toBe(
        3,
      );
      expect(await seriousViolations(small)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
