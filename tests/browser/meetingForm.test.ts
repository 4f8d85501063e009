// The meeting form's lists of rows (workshops, the day's programme), as an organizer edits them
// on a phone in Arabic: a row added takes the focus at its first field, a row removed gives it
// back to the add button, and what is saved is the list as it stands on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MeetingView } from '../../shared/api/meetings';
import { newPhone, signIn, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting } from './support/fixtures';

let env: BrowserEnv;
let slug: string;
beforeAll(async () => {
  env = await startBrowserEnv();
  slug = await createOpenMeeting(env.server);
});
afterAll(() => env.close());

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement ? el.name : (el?.textContent ?? '');
  });
const addButton = (list: string) => `#f-${list} > div > p > button`;
const removeButton = (list: string, n: number) =>
  `#f-${list} > div > fieldset:nth-of-type(${n}) > p > button`;

describe('the meeting form’s rows', () => {
  it('adds a workshop and a programme item, removes a workshop, and saves the lists as shown', async () => {
    const { context, page } = await newPhone(env);
    await signIn(page);
    await page.goto(`/staff/m/${slug}/edit`);
    await page.locator('[name="workshops.1.id"]').waitFor();

    await page.click(addButton('workshops'));
    await expect.poll(() => focused(page)).toBe('workshops.2.id');
    await page.fill('[name="workshops.2.id"]', 'w3');
    await page.fill('[name="workshops.2.capacity"]', '12');
    await page.fill('[name="workshops.2.title.ar"]', 'الورشة الثالثة');

    const addLabel = await page.textContent(addButton('workshops'));
    await page.click(removeButton('workshops', 1));
    await expect.poll(() => focused(page)).toBe(addLabel);
    expect(await page.inputValue('[name="workshops.0.id"]')).toBe('w2');
    expect(await page.inputValue('[name="workshops.1.id"]')).toBe('w3');
    expect(await page.locator('[name="workshops.2.id"]').count()).toBe(0);

    await page.click(addButton('programme'));
    await expect.poll(() => focused(page)).toBe('programme.2.time');
    await page.fill('[name="programme.2.time"]', '11:00');
    await page.fill('[name="programme.2.title.ar"]', 'الورشات الموضوعاتية');

    await page.click('button[type=submit]');
    await page.waitForURL((url) => url.pathname === `/staff/m/${slug}`);
    const { body } = await env.server.json<MeetingView>('GET', `/api/meetings/${slug}`);
    expect(body.workshops?.map((w) => [w.id, w.capacity])).toEqual([
      ['w2', 30],
      ['w3', 12],
    ]);
    expect(body.programme?.map((p) => p.time)).toEqual(['09:00', '09:30', '11:00']);
    expect(body.programme?.[2]?.title.ar).toBe('الورشات الموضوعاتية');
    await context.close();
  });
});
