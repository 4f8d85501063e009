// "My registrations" follows a registration live, without a reload: a seat given by the server
// while the page is open (the waiting list moved), and a cancellation made in another tab of the
// same phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPhone, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting } from './support/fixtures';
import { registrationBody } from '../support/factories/registration';

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

async function register(slug: string, fullName: string): Promise<Registered> {
  const res = await env.server.json<Registered>('POST', `/api/meetings/${slug}/registrations`, {
    body: registrationBody({ fullName }),
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('My registrations', () => {
  it('shows a seat given while it is open, and a cancellation made in another tab, without a reload', async () => {
    const slug = await createOpenMeeting(env.server, { capacity: 1, waitlist: true });
    const first = await register(slug, 'Youssef Alami');
    const second = await register(slug, 'Nadia Berrada');
    expect(second.status).toBe('waitlisted');

    const { context, page: link } = await newPhone(env);
    // Opened through its private link, the registration joins "My registrations" on this phone.
    await link.goto(`/r/${second.id}#${second.manageToken}`);
    await link.locator('dd', { hasText: 'Nadia Berrada' }).waitFor();
    const mine = await context.newPage();
    await mine.goto('/me');
    const item = mine.locator('li', { hasText: 'Nadia Berrada' });
    const status = () => item.locator('[data-tone]').textContent();
    await expect.poll(status).toContain('في لائحة الانتظار');

    // Another participant cancels: the server gives Nadia the seat while her page is open.
    const cancelled = await env.server.json('POST', `/api/registrations/${first.id}/cancel`, {
      token: first.manageToken,
    });
    expect(cancelled.status).toBe(200);
    // She comes back to the page (the browser says it is in view again).
    await mine.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(status, { timeout: 15_000 }).toContain('مؤكَّد — مقعدك محجوز');

    // She cancels in the other tab: the list follows at once.
    await link.reload();
    await link.getByRole('button', { name: 'إلغاء تسجيلي' }).click();
    await link.getByRole('button', { name: 'نعم، ألغِ تسجيلي' }).click();
    await link.getByText('أُلغي تسجيلك.').waitFor({ timeout: 15_000 });
    await expect.poll(status, { timeout: 15_000 }).toContain('أُلغي');
    await context.close();
  });
});
