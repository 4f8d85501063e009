// Who may act on a meeting, as organizers and admins manage it on screen: the Team section of
// the staff meeting page (add by e-mail with a role, remove), and the admin's accounts screen
// (shut an account: its phone is signed out at once). On a 360 px phone, in Arabic (RTL).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/domain/accounts';
import { ADMIN } from '../support/harness';
import { seriousViolations } from './support/axe';
import { PHONE, signIn, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting } from './support/fixtures';

const PARTNER = { email: 'partner@assoc.ma', password: 'partner-association-1' };

let env: BrowserEnv;
let slug: string;
let phone: BrowserContext;
let page: Page;

async function signedIn(context: BrowserContext, who: { email: string; password: string }) {
  const p = await context.newPage();
  await signIn(p, who);
  return p;
}

beforeAll(async () => {
  env = await startBrowserEnv();
  slug = await createOpenMeeting(env.server);
  await createUser(env.server.deps, { ...PARTNER, role: 'organizer' }, null);
  phone = await env.browser.newContext({ ...PHONE, baseURL: env.url, locale: 'ar' });
  page = await signedIn(phone, ADMIN);
});
afterAll(async () => {
  await phone.close();
  await env.close();
});

describe('the Team section', () => {
  it('adds a partner association by e-mail, who then sees this meeting, and removes it', async () => {
    await page.goto(`/staff/m/${slug}`);
    const team = page.locator('section[aria-labelledby=team-title]');
    await team.locator('[name=email]').fill(PARTNER.email);
    await team.locator('[name=role][value=organizer]').check();
    await team.locator('button[type=submit]').click();
    await team.locator('[role=status]', { hasText: PARTNER.email }).waitFor();
    await team.locator('li', { hasText: PARTNER.email }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const partner = await env.browser.newContext({ ...PHONE, baseURL: env.url, locale: 'fr' });
    try {
      const theirs = await signedIn(partner, PARTNER);
      await theirs.goto('/staff');
      await theirs.locator(`a[href="/staff/m/${slug}"]`).waitFor();

      await team.getByRole('button', { name: `إزالة ${PARTNER.email} من الفريق` }).click();
      await team.locator('[role=status]', { hasText: PARTNER.email }).waitFor();
      expect(await team.locator('li', { hasText: PARTNER.email }).count()).toBe(0);
      // Off the team, the meeting is gone from what their session may read.
      const list = await theirs.request.get('/api/meetings');
      expect(((await list.json()) as Array<{ slug: string }>).map((m) => m.slug)).not.toContain(
        slug,
      );
      const rows = await theirs.request.get(`/api/meetings/${slug}/registrations`);
      expect(rows.status()).toBe(403);
    } finally {
      await partner.close();
    }
  });

  it('says why an unknown e-mail cannot be added, beside the field', async () => {
    await page.goto(`/staff/m/${slug}`);
    const team = page.locator('section[aria-labelledby=team-title]');
    await team.locator('[name=email]').fill('nobody@assoc.ma');
    await team.locator('button[type=submit]').click();
    await team.getByText('لا يوجد حساب للطاقم بهذا البريد الإلكتروني.').waitFor();
    expect(await team.locator('[name=email]').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('the accounts screen', () => {
  it('shuts an account: its open session ends at once', async () => {
    const desk = { email: 'desk-phone@assoc.ma', password: 'desk-phone-phrase-1' };
    await createUser(env.server.deps, { ...desk, role: 'checkin' }, null);
    const deskPhone = await env.browser.newContext({ ...PHONE, baseURL: env.url, locale: 'ar' });
    try {
      const deskPage = await signedIn(deskPhone, desk);
      const cookie = (await deskPhone.cookies()).find((c) => c.name === 'liqa_session');
      expect(cookie).toBeDefined();

      await page.goto('/staff/users');
      const row = page.locator('li', { hasText: desk.email });
      await row.getByRole('button', { name: `تعطيل الحساب ${desk.email}` }).click();
      await page.locator('[role=status]', { hasText: desk.email }).waitFor();
      await row.getByText('معطل').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // Nothing scrolls sideways at 360 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );

      const me = await deskPage.request.get('/api/auth/me');
      expect(me.status()).toBe(401);
    } finally {
      await deskPhone.close();
    }
  });
});
