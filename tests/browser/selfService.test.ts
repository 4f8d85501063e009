// The private link on a phone: see, change and cancel one's registration, in Arabic, offline
// too; a wrong token shows nothing but "this link is not valid".
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
import { registrationBody } from '../support/factories/registration';
import { seriousViolations } from './support/axe';

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
  const body = registrationBody({ fullName, organization: 'جمعية الأمل', email });
  const res = await env.server.json<Registered>('POST', `/api/meetings/${slug}/registrations`, {
    body,
  });
  expect(res.status).toBe(201);
  return res.body;
}

interface ServerCopy {
  organization: string | null;
  email: string | null;
  status: string;
}

async function serverCopy(r: Registered): Promise<ServerCopy> {
  const res = await env.server.json<ServerCopy>('GET', `/api/registrations/${r.id}`, {
    token: r.manageToken,
  });
  return res.body;
}

const privateLink = (r: Registered) => `/r/${r.id}#${r.manageToken}`;

async function openDetails(page: Page, path: string, name: string) {
  await page.goto(path);
  await page.locator('dd', { hasText: name }).waitFor();
}

async function editOrganization(page: Page, organization: string) {
  await page.getByRole('button', { name: 'تعديل معلوماتي' }).click();
  await page.fill('[name=organization]', organization);
  await page.getByRole('button', { name: 'حفظ التعديلات' }).click();
}

describe('the private link page', () => {
  it('shows the registration in Arabic, right to left, and takes the token out of the address', async () => {
    const slug = await createOpenMeeting(env.server);
    const r = await register(slug, 'خديجة بنعلي', 'khadija@example.ma');
    const { context, page } = await newPhone(env);
    await openDetails(page, privateLink(r), 'خديجة بنعلي');
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    expect(new URL(page.url()).hash).toBe('');
    await page.getByText('مقعدك مؤكد').waitFor();
    await page.getByText('اللقاء التشاوري الجهوي بطنجة').waitFor();
    await page.getByText('بتوقيت المغرب').first().waitFor();
    expect(await page.locator('dd', { hasText: 'khadija@example.ma' }).count()).toBe(1);

    // Kept on the phone: the address without the token still opens it, and "My registrations" leads there.
    await page.getByRole('link', { name: 'تسجيلاتي' }).click();
    const open = page.getByRole('link', { name: 'عرض تسجيلي' });
    await open.waitFor();
    expect(await open.getAttribute('href')).toBe(`/r/${r.id}`);
    await page.getByRole('link', { name: 'تعديل معلوماتي' }).click();
    await page.locator('[name=organization]').waitFor();
    expect(await page.inputValue('[name=fullName]')).toBe('خديجة بنعلي');
    await context.close();
  });

  it('saves a change of organization on the server', async () => {
    const slug = await createOpenMeeting(env.server);
    const r = await register(slug, 'سلمى الوزاني', 'salma@example.ma');
    const { context, page } = await newPhone(env);
    await openDetails(page, privateLink(r), 'سلمى الوزاني');
    await editOrganization(page, 'جمعية النور للتنمية');
    await page.getByText('حُفظت تعديلاتك لدى المنظمين').waitFor({ timeout: 15_000 });
    await page.locator('dd', { hasText: 'جمعية النور للتنمية' }).waitFor();
    expect((await serverCopy(r)).organization).toBe('جمعية النور للتنمية');
    await context.close();
  });

  it('validates the change as it is typed, before anything is sent', async () => {
    const slug = await createOpenMeeting(env.server);
    const r = await register(slug, 'Amina Tazi', 'amina@example.ma');
    const { context, page } = await newPhone(env);
    await openDetails(page, privateLink(r), 'Amina Tazi');
    await page.getByRole('button', { name: 'تعديل معلوماتي' }).click();
    await page.fill('[name=email]', 'not-an-email');
    await page.locator('[name=email]').blur();
    expect(await page.getAttribute('[name=email]', 'aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'حفظ التعديلات' }).click();
    const alert = page.locator('[role=alert]').first();
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/[\u0600-\u06FF]/);
    expect((await serverCopy(r)).status).toBe('accepted');
    await context.close();
  });

  it('says nothing was changed, in the status line already on the form, and sends nothing', async () => {
    const slug = await createOpenMeeting(env.server);
    const r = await register(slug, 'Salma Idrissi', 'salma@example.ma');
    const { context, page } = await newPhone(env);
    await openDetails(page, privateLink(r), 'Salma Idrissi');
    await page.getByRole('button', { name: 'تعديل معلوماتي' }).click();
    const form = page.locator('form', { has: page.getByRole('button', { name: 'حفظ التعديلات' }) });
    const status = form.getByRole('status');
    await status.waitFor({ state: 'attached' });
    expect(await status.textContent()).toBe('');
    await page.getByRole('button', { name: 'حفظ التعديلات' }).click();
    await expect.poll(() => status.textContent()).toBe('لم تغيّر أي معلومة.');
    expect(await deviceQueueSize(page)).toBe(0);
    await context.close();
  });

  it("says in Arabic why the server refused a change (another participant's e-mail)", async () => {
    const slug = await createOpenMeeting(env.server);
    await register(slug, 'Rachid Amrani', 'rachid@example.ma');
    const r = await register(slug, 'Samira Kettani', 'samira@example.ma');
    const { context, page } = await newPhone(env);
    await openDetails(page, privateLink(r), 'Samira Kettani');
    await page.getByRole('button', { name: 'تعديل معلوماتي' }).click();
    await page.fill('[name=email]', 'rachid@example.ma');
    await page.getByRole('button', { name: 'حفظ التعديلات' }).click();
    const status = page.locator('[role=status]', { hasText: 'لم تُقبل تعديلاتك' });
    await status.waitFor({ timeout: 15_000 });
    expect(await status.textContent()).toContain('أنت مسجل بالفعل في هذا اللقاء');
    expect((await serverCopy(r)).email).toBe('samira@example.ma');
    await page.getByRole('button', { name: 'حسنا' }).click();
    await status.waitFor({ state: 'detached' });
    await context.close();
  });

  it('cancels after a plain-language confirmation, and the first waitlisted person gets the seat', async () => {
    const slug = await createOpenMeeting(env.server, { capacity: 1, waitlist: true });
    const first = await register(slug, 'Youssef Alami', 'youssef@example.ma');
    const second = await register(slug, 'Nadia Berrada', 'nadia@example.ma');
    expect([first.status, second.status]).toEqual(['accepted', 'waitlisted']);
    const { context, page } = await newPhone(env);
    await openDetails(page, privateLink(first), 'Youssef Alami');
    await page.getByRole('button', { name: 'إلغاء تسجيلي' }).click();
    await page.getByText('سيُعطى مقعدك للشخص التالي في لائحة الانتظار').waitFor();
    await page.getByRole('button', { name: 'نعم، ألغِ تسجيلي' }).click();
    await page.getByText('أُلغي تسجيلك.').waitFor({ timeout: 15_000 });
    await page.getByText('ملغى', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'إلغاء تسجيلي' }).count()).toBe(0);
    const statuses = Object.fromEntries(
      (await registrationsOf(env.server, slug)).map((x) => [x.fullName, x.status]),
    );
    expect(statuses).toEqual({ 'Youssef Alami': 'cancelled', 'Nadia Berrada': 'accepted' });
    await context.close();
  });

  it("shows another participant's token as a link that is not valid, and nothing of the registration", async () => {
    const slug = await createOpenMeeting(env.server);
    const mine = await register(slug, 'Hassan Idrissi', 'hassan@example.ma');
    const theirs = await register(slug, 'Karima Fassi', 'karima@example.ma');
    const { context, page } = await newPhone(env);
    await page.goto(`/r/${mine.id}#${theirs.manageToken}`);
    await page.getByRole('heading', { name: 'هذا الرابط غير صالح' }).waitFor();
    expect(await page.getByText('Hassan Idrissi').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'العودة إلى اللقاءات' }).getAttribute('href')).toBe(
      '/',
    );
    await page.goto(`/r/${mine.id}`); // and no token at all
    await page.getByRole('heading', { name: 'هذا الرابط غير صالح' }).waitFor();
    await context.close();
  });

  it('keeps a change made with the network cut, and sends it once it returns', async () => {
    const slug = await createOpenMeeting(env.server);
    const r = await register(slug, 'Leila Chraibi', 'leila@example.ma');
    const { context, page } = await newPhone(env);
    await openDetails(page, privateLink(r), 'Leila Chraibi');
    await waitForServiceWorker(page);
    await openDetails(page, `/r/${r.id}`, 'Leila Chraibi'); // the token now comes from the phone

    env.server.setReachable(false);
    try {
      await editOrganization(page, 'تعاونية الأطلس');
      await page.getByText('ستُرسل تلقائيا عند عودة الاتصال').waitFor({ timeout: 15_000 });
      expect((await serverCopy(r)).organization).toBe('جمعية الأمل');

      await page.reload(); // still offline: the page opens from the copy kept on the phone
      await page.getByText('نعرض آخر نسخة محفوظة على هذا الهاتف').waitFor();
      await page.locator('dd', { hasText: 'تعاونية الأطلس' }).waitFor();
    } finally {
      env.server.setReachable(true);
    }
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(async () => (await serverCopy(r)).organization, { timeout: 20_000 })
      .toBe('تعاونية الأطلس');
    await page.getByText('حُفظت تعديلاتك لدى المنظمين').waitFor({ timeout: 15_000 });
    await context.close();
  });

  it('deletes the data from this phone only', async () => {
    const slug = await createOpenMeeting(env.server);
    const r = await register(slug, 'Omar Bennani', 'omar@example.ma');
    const { context, page } = await newPhone(env);
    await openDetails(page, privateLink(r), 'Omar Bennani');
    await page.getByRole('button', { name: 'حذف معطياتي من هذا الهاتف' }).click();
    await page.getByRole('button', { name: 'نعم، احذفها من هذا الهاتف' }).click();
    await page.getByRole('heading', { name: 'حُذفت معطياتك من هذا الهاتف' }).waitFor();
    await page.goto(`/r/${r.id}`);
    await page.getByRole('heading', { name: 'هذا الرابط غير صالح' }).waitFor();
    expect((await serverCopy(r)).status).toBe('accepted');
    await context.close();
  });

  it('has no serious accessibility violations (axe-core), nor does its edit form', async () => {
    const slug = await createOpenMeeting(env.server);
    const r = await register(slug, 'Fatima Zahra', 'fatima@example.ma');
    const { context, page } = await newPhone(env);
    await openDetails(page, privateLink(r), 'Fatima Zahra');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'تعديل معلوماتي' }).click();
    await page.locator('[name=organization]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
