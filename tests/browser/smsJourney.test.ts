// A participant with a phone and no e-mail, as many in rural provinces are: registers with the
// phone only, the organizers accept, the SMS (a .txt file without a gateway) carries the
// private link and the ticket code, and opening it shows the ticket with that code. The
// organizer reads the SMS in the outbox.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailTransport } from '../../server/mail/transport';
import { createMailWorker } from '../../server/mail/worker';
import { seriousViolations } from './support/axe';
import { newPhone, signIn, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting, registrationsOf } from './support/fixtures';
import { registrationBody, type RegistrationBody } from '../support/factories/registration';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(() => env.close());

/** The in-process server runs no outbox worker: this one writes .eml and SMS .txt files. */
async function sendOutbox(): Promise<void> {
  const transport = createMailTransport(env.server.deps.config);
  const worker = createMailWorker(env.server.deps, transport);
  await worker.runOnce();
  await worker.stop();
  transport.close();
}

function smsFiles(): Array<{ name: string; content: string }> {
  const dir = path.join(env.server.deps.config.dataDir, 'sms');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => ({ name, content: readFileSync(path.join(dir, name), 'utf8') }));
}

async function fillPhoneOnly(page: Page, name: string, phone: string) {
  await page.fill('[name=fullName]', name);
  await page.check('input[name=gender][value=male]', { force: true });
  await page.check('input[name=ageBand][value="50-60"]', { force: true });
  await page.check('input[name=role][value=elected]', { force: true });
  await page.selectOption('select[name=provinceCode]', 'chefchaouen');
  await page.fill('[name=phone]', phone);
  await page.check('input[name=consent]', { force: true });
}

describe('a participant with only a phone', () => {
  it('registers, is accepted, gets the private link by SMS, and opens the ticket from it', async () => {
    const slug = await createOpenMeeting(env.server, { approval: 'manual' });
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/register`);
    await fillPhoneOnly(page, 'عبد الرحيم الوزاني', '06 61 23 45 67');
    await page.click('button[type=submit]');
    await page.getByText('وصل تسجيلك').first().waitFor({ timeout: 15_000 });
    const [registration] = await registrationsOf(env.server, slug);
    expect(registration).toMatchObject({ status: 'pending' });

    const organizer = await env.server.tokenFor('organizer');
    const decided = await env.server.json('POST', `/api/meetings/${slug}/registrations/decisions`, {
      token: organizer,
      body: { decisions: [{ id: registration?.id, status: 'accepted' }] },
    });
    expect(decided.status).toBe(200);
    await sendOutbox();

    const files = smsFiles().filter((f) => f.content.includes(`/r/${registration?.id}#`));
    expect(files).toHaveLength(1);
    const sms = files[0]?.content ?? '';
    expect(sms).toMatch(/^To: \+212661234567$/m);
    expect(sms).toContain('مقعدك مؤكد');
    const code = /التذكرة ([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})\./.exec(sms)?.[1];
    expect(code).toBeDefined();
    const link = /https?:\/\/\S+\/r\/[^\s#]+#[A-Za-z0-9_-]+/.exec(sms)?.[0];
    expect(link).toBeDefined();

    // The link opened on the phone, as a tap in the SMS app would.
    await page.goto(link as string);
    await page.getByRole('heading', { name: 'تذكرة الدخول' }).waitFor();
    await page.locator('svg[data-ticket-qr]').waitFor();
    expect((await page.locator('[data-ticket-code]').innerText()).trim()).toBe(code);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the organizer the SMS in the outbox, and warns of people no channel reaches', async () => {
    const slug = await createOpenMeeting(env.server, { sms: 'off' });
    const organizer = await env.server.tokenFor('organizer');
    const register = (fullName: string, contact: Pick<RegistrationBody, 'email' | 'phone'>) =>
      env.server.json('POST', `/api/meetings/${slug}/registrations`, {
        body: registrationBody({
          fullName,
          ageBand: '40-50',
          role: 'citizen',
          email: undefined,
          ...contact,
        }),
      });
    expect((await register('رقية البقالي', { phone: '0662345678' })).status).toBe(201);
    // SMS turned on for this meeting: the next phone-only person is texted.
    await env.server.json('PATCH', `/api/meetings/${slug}`, {
      token: organizer,
      body: { sms: 'phone-only' },
    });
    expect((await register('سعاد الريفي', { phone: '0663456789' })).status).toBe(201);
    await env.server.json('PATCH', `/api/meetings/${slug}`, {
      token: organizer,
      body: { sms: 'off' },
    });
    await sendOutbox();

    const { context, page } = await newPhone(env);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page);
    await page.goto(`/staff/m/${slug}/outbox`);

    const warning = page.getByRole('region', { name: /لا تصلهم أي رسالة: 2/ });
    await warning.waitFor();
    expect(await warning.innerText()).toContain('رقية البقالي');
    const row = page.locator('tr[data-status="sent"]');
    expect(await row.innerText()).toContain('رسالة نصية');
    expect(await row.innerText()).toContain('06 63 45 67 89');
    await row.getByRole('button', { name: 'قراءة' }).click();
    const viewer = page.getByRole('region', { name: /^رسالة نصية إلى / });
    await viewer.locator('[data-sms-text]').waitFor();
    expect(await viewer.locator('[data-sms-text]').innerText()).toContain('مقعدك مؤكد');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
