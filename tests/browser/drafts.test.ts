// No typed input lost: the registration form keeps a draft on the phone as the person types,
// and a reload — the new-version banner's "Update" is one, after it has written every draft —
// puts it back and says so; clearing the form clears the draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPhone, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting } from './support/fixtures';

let env: BrowserEnv;
let slug: string;
beforeAll(async () => {
  env = await startBrowserEnv();
  slug = await createOpenMeeting(env.server);
});
afterAll(() => env.close());

async function halfFill(page: Page): Promise<void> {
  await page.fill('[name=fullName]', 'فاطمة الزهراء بنعلي');
  await page.check('input[name=gender][value=female]', { force: true });
  await page.check('input[name=role][value=association]', { force: true });
  await page.selectOption('select[name=provinceCode]', 'tetouan');
  await page.fill('[name=phone]', '0612345678');
}

/** The draft as the device holds it (IndexedDB `liqa`, store `meta`). */
const storedDraft = (page: Page, key: string) =>
  page.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('liqa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get(k);
          get.onsuccess = () => {
            resolve(get.result ?? null);
            open.result.close();
          };
        };
      }),
    key,
  );

async function expectRestored(page: Page): Promise<void> {
  await page.locator('[data-draft-restored]').waitFor();
  expect(await page.inputValue('[name=fullName]')).toBe('فاطمة الزهراء بنعلي');
  expect(await page.isChecked('input[name=gender][value=female]')).toBe(true);
  expect(await page.isChecked('input[name=role][value=association]')).toBe(true);
  expect(await page.inputValue('select[name=provinceCode]')).toBe('tetouan');
  expect(await page.inputValue('[name=phone]')).toBe('0612345678');
}

describe('a half-filled form', () => {
  it('is put back after a reload, and said so; clearing it empties the form and the draft', async () => {
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/register`);
    await halfFill(page);
    await expect
      .poll(() => storedDraft(page, `draft:register:${slug}`))
      .toMatchObject({ fullName: 'فاطمة الزهراء بنعلي', phone: '0612345678' });
    await page.reload();
    await expectRestored(page);
    await page.locator('[data-draft-restored] button').click();
    expect(await page.inputValue('[name=fullName]')).toBe('');
    await expect.poll(() => storedDraft(page, `draft:register:${slug}`)).toBeNull();
    await context.close();
  });
});
