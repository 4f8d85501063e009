// The registration form on a first visit reads Moroccan phone numbers without the numbering-plan
// library, fetches it when someone types another country's number, and then checks that number
// against its country's plan as the server does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPhone, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting, registrationsOf } from './support/fixtures';
import { fillRegistrationForm } from './support/registerForm';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(() => env.close());

/** The build file holding libphonenumber and the plans (shared/phone.ts's chunk). */
const PHONE_LIBRARY = /\/assets\/phone-[\w-]+\.js$/;

describe('a phone number on the registration form', () => {
  it('a Moroccan number needs no library; a foreign one is checked by its plan once fetched', async () => {
    const slug = await createOpenMeeting(env.server);
    const { context, page } = await newPhone(env, 'ar', { serviceWorkers: 'block' });
    const library: string[] = [];
    page.on('request', (r) => {
      if (PHONE_LIBRARY.test(r.url())) library.push(r.url());
    });
    await page.goto(`/m/${slug}/register`);
    await fillRegistrationForm(page, { fullName: 'Amina Diallo' });

    const phone = page.locator('[name=phone]');
    await phone.fill('06 12 34 56 78');
    await phone.blur();
    await page.waitForLoadState('networkidle');
    expect(await phone.getAttribute('aria-invalid')).not.toBe('true');
    expect(library).toEqual([]);

    // One digit too many for a French mobile: refused once the plans are there.
    await phone.fill('+33 6 12 34 56 78 9');
    await expect.poll(() => phone.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(library).toHaveLength(1);

    await phone.fill('+33 6 12 34 56 78');
    await expect.poll(() => phone.getAttribute('aria-invalid')).not.toBe('true');
    await page.click('button[type=submit]');
    await expect
      .poll(async () => (await registrationsOf(env.server, slug)).length, { timeout: 20_000 })
      .toBe(1);
    const organizer = await env.server.tokenFor('organizer');
    const list = await env.server.json<Array<{ phone: string }>>(
      'GET',
      `/api/meetings/${slug}/registrations`,
      { token: organizer },
    );
    expect(list.body[0]?.phone).toBe('+33612345678');
    await context.close();
  });
});
