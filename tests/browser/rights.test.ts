// The participant's rights on a 360 px phone in Arabic: the private page shows everything the
// server holds (with the organizers' contact) and downloads it as JSON; "erase my data" asks
// first, then the server and the phone both forget the person.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPhone, signIn, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting } from './support/fixtures';
import { registrationBody } from '../support/factories/registration';
import { seriousViolations } from './support/axe';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(() => env.close());

interface Registered {
  id: string;
  manageToken: string;
}

async function register(slug: string, email: string): Promise<Registered> {
  const res = await env.server.json<Registered>('POST', `/api/meetings/${slug}/registrations`, {
    body: registrationBody({ fullName: 'حفصة العلمي', organization: 'جمعية الأمل', email }),
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('my data on the private page', () => {
  it('shows it all, downloads it as JSON, then erases it after a confirmation', async () => {
    const slug = await createOpenMeeting(env.server, {
      contact: { email: 'contact@region-tanger.ma', phone: '0539940000' },
    });
    const r = await register(slug, 'hafsa@example.ma');
    const { context, page } = await newPhone(env);
    await page.goto(`/r/${r.id}#${r.manageToken}`);
    const data = page.locator('[data-my-data]');
    await data.getByRole('heading', { name: 'كل ما نحتفظ به عنك' }).waitFor();
    await data.getByText('تأكيد المقعد').waitFor();
    await data.getByText('hafsa@example.ma').waitFor();
    await data.getByText('لم يُسجل حضورك بعد').waitFor();
    await page.getByRole('link', { name: 'contact@region-tanger.ma' }).waitFor();
    expect(await page.getByRole('link', { name: '05 39 94 00 00' }).getAttribute('href')).toBe(
      'tel:+212539940000',
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    ).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'تنزيل معطياتي (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`liqa-my-data-${r.id}.json`);
    const saved = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
      id: string;
      fullName: string;
      organization: string;
      messages: Array<{ kind: string; to: string }>;
    };
    expect(saved).toMatchObject({ id: r.id, fullName: 'حفصة العلمي', organization: 'جمعية الأمل' });
    expect(saved.messages).toContainEqual(
      expect.objectContaining({ kind: 'confirmation', to: 'hafsa@example.ma' }),
    );

    await page.getByRole('button', { name: 'محو معطياتي' }).click();
    const question = page.getByRole('heading', { name: 'محو كل معطياتك؟' });
    await question.waitFor();
    await expect.poll(() => question.evaluate((el) => el === document.activeElement)).toBe(true);
    // Nothing is erased before the person confirms.
    expect(
      (await env.server.call('GET', `/api/registrations/${r.id}`, { token: r.manageToken })).status,
    ).toBe(200);
    await page.getByRole('button', { name: 'نعم، امحُ معطياتي' }).click();
    await page.getByRole('heading', { name: 'مُحيت معطياتك' }).waitFor();
    expect(
      (await env.server.call('GET', `/api/registrations/${r.id}`, { token: r.manageToken })).status,
    ).toBe(404);

    // The phone kept nothing either: the address alone opens no registration.
    await page.goto(`/r/${r.id}`);
    await page.getByRole('heading', { name: 'هذا الرابط غير صالح' }).waitFor();
    await page.goto('/me');
    await page.getByRole('heading', { name: 'تسجيلاتي', level: 1 }).waitFor();
    expect(await page.getByText('حفصة العلمي').count()).toBe(0);
    await context.close();
  });
});

describe('the organizers’ side', () => {
  it('sets the contact and the retention period in the form, and sees the erasure date', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await signIn(page);
    await page.goto(`/staff/m/${slug}/edit`);
    await page.fill('[name="contact.email"]', 'contact@region-tanger.ma');
    await page.fill('[name="contact.phone"]', '0539940000');
    await page.fill('[name=retentionDays]', '30');
    await page.getByRole('button', { name: 'حفظ', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/staff/m/${slug}`);
    const erasure = page.locator('dd', { hasText: '30 يوما بعد اللقاء' });
    await erasure.waitFor();
    const meeting = await env.server.json<{ contact: unknown; retentionDays: number }>(
      'GET',
      `/api/meetings/${slug}`,
    );
    expect(meeting.body).toMatchObject({
      contact: { email: 'contact@region-tanger.ma', phone: '+212539940000' },
      retentionDays: 30,
    });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    ).toBe(false);
    await page.goto(`/m/${slug}`);
    await page.getByRole('link', { name: 'contact@region-tanger.ma' }).waitFor();
    await context.close();
  });
});
