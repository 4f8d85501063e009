// "Lost your link?" on a 360 px phone in Arabic: registering twice with the same phone is
// refused and says the link was sent again (the SMS carries it, with the ticket code); on "My
// registrations" the refused attempt offers "get my link" instead of "register again"; and the
// registration page's own form asks for it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailTransport } from '../../server/mail/transport';
import { createMailWorker } from '../../server/mail/worker';
import { seriousViolations } from './support/axe';
import { newPhone, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting } from './support/fixtures';
import { registrationBody } from '../support/factories/registration';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(() => env.close());

async function sendOutbox(): Promise<void> {
  const transport = createMailTransport(env.server.deps.config);
  const worker = createMailWorker(env.server.deps, transport);
  await worker.runOnce();
  await worker.stop();
  transport.close();
}

function smsTo(phone: string): string[] {
  const dir = path.join(env.server.deps.config.dataDir, 'sms');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
    .filter((content) => content.includes(`To: ${phone}`));
}

async function recoverRows(slug: string) {
  const organizer = await env.server.tokenFor('organizer');
  const res = await env.server.json<Array<{ kind: string; channel: string; to: string }>>(
    'GET',
    `/api/meetings/${slug}/outbox`,
    { token: organizer },
  );
  return res.body.filter((row) => row.kind === 'recover');
}

const fitsTheScreen = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('a participant who lost their link', () => {
  it('registering again is told the link was sent again, and "My registrations" offers to get it', async () => {
    const slug = await createOpenMeeting(env.server);
    const first = await env.server.json<{ id: string; manageUrl: string }>(
      'POST',
      `/api/meetings/${slug}/registrations`,
      {
        body: registrationBody({
          fullName: 'حسناء الإدريسي',
          provinceCode: 'chefchaouen',
          email: undefined,
          phone: '0664455667',
        }),
      },
    );
    expect(first.status).toBe(201);

    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/register`);
    await page.fill('[name=fullName]', 'حسناء الإدريسي');
    await page.check('input[name=gender][value=female]', { force: true });
    await page.check('input[name=ageBand][value="30-40"]', { force: true });
    await page.check('input[name=role][value=association]', { force: true });
    await page.selectOption('select[name=provinceCode]', 'chefchaouen');
    await page.fill('[name=phone]', '06 64 45 56 67');
    await page.check('input[name=consent]', { force: true });
    await page.click('button[type=submit]');

    const said = page.locator('[data-link-sent-again]');
    await said.waitFor({ timeout: 15_000 });
    expect(await said.innerText()).toContain('أعدنا إرسال رابطك إلى');
    expect(await said.innerText()).toContain('06 64 45 56 67');
    expect(await fitsTheScreen(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // The refusal queued the link again; the SMS carries it and the ticket code.
    expect(await recoverRows(slug)).toMatchObject([{ channel: 'sms', to: '+212664455667' }]);
    await sendOutbox();
    const again = smsTo('+212664455667').find((text) => text.includes('رابطك الخاص'));
    expect(again).toContain(first.body.manageUrl);
    expect(again).toMatch(/التذكرة [0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}\./);

    await page.goto('/me');
    const item = page.locator('li', { hasText: 'حسناء الإدريسي' });
    const getLink = item.getByRole('button', { name: 'احصل على رابطي' });
    await getLink.waitFor();
    expect(await item.getByText('التسجيل من جديد').count()).toBe(0);
    await getLink.click();
    const status = item.locator('[data-get-link-status]');
    await status.getByText('فقد أرسلنا رابطك إلى 06 64 45 56 67').waitFor();
    expect(await recoverRows(slug)).toHaveLength(2);
    expect(await fitsTheScreen(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // The registration page's own "lost your link?" form.
    await page.goto(`/m/${slug}/register`);
    await page.getByText('فقدت رابطك؟ احصل عليه من جديد').click();
    await page.fill('[name=recoverContact]', '+212 664455667');
    await page.getByRole('button', { name: 'أرسلوا لي رابطي' }).click();
    await page
      .locator('[data-recover-form] [role=status]')
      .getByText('إن كنت مسجلا في هذا اللقاء، فقد أرسلنا رابطك إلى 06 64 45 56 67.')
      .waitFor();
    expect(await recoverRows(slug)).toHaveLength(3);
    expect(await fitsTheScreen(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('finds the form from the meeting page, and is told in Arabic what to fix in the address', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}`);
    await page.getByRole('link', { name: 'فقدت رابطك؟ احصل عليه من جديد' }).click();
    await page.locator('[name=recoverContact]').waitFor();
    await page.fill('[name=recoverContact]', '12');
    await page.getByRole('button', { name: 'أرسلوا لي رابطي' }).click();
    const field = page.locator('[name=recoverContact]');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-recoverContact-error').innerText()).toMatch(/[\u0600-\u06ff]/);
    expect(await recoverRows(slug)).toEqual([]);
    await context.close();
  });
});
