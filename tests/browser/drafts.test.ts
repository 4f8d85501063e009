// No typed input lost: every form a participant types into (registration, change of details,
// support request, feedback) and the organizer's meeting form keeps a draft on the device as the
// person types, and a reload — the new-version banner's "Update" is one, after it has written
// every draft — puts it back and says so; clearing the form, or saving it, clears the draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPhone, signIn, startBrowserEnv, type BrowserEnv } from './support/browser';
import { createOpenMeeting } from './support/fixtures';
import { registrationBody } from '../support/factories/registration';

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

/** A registration made through the API, as the confirmation e-mail's private link opens it. */
async function registered(): Promise<{ id: string; manageToken: string }> {
  const res = await env.server.json<{ id: string; manageToken: string }>(
    'POST',
    `/api/meetings/${slug}/registrations`,
    {
      body: registrationBody({ fullName: 'خديجة بنعلي', organization: 'جمعية الأمل' }),
    },
  );
  expect(res.status).toBe(201);
  return res.body;
}

describe('the other forms, half filled', () => {
  it('the change of details on the private link opens again, filled, after a reload', async () => {
    const r = await registered();
    const { context, page } = await newPhone(env);
    await page.goto(`/r/${r.id}#${r.manageToken}`);
    await page.getByRole('button', { name: 'تعديل معلوماتي' }).click();
    await page.fill('[name=organization]', 'تعاونية النسيج');
    await expect
      .poll(() => storedDraft(page, `draft:edit:${r.id}`))
      .toMatchObject({ organization: 'تعاونية النسيج' });
    await page.reload();
    await page.locator('[data-draft-restored]').waitFor();
    expect(await page.inputValue('[name=organization]')).toBe('تعاونية النسيج');
    // Dropping the changes puts the registration's own value back and forgets the draft.
    await page.locator('[data-draft-restored] button').click();
    expect(await page.inputValue('[name=organization]')).toBe('جمعية الأمل');
    await expect.poll(() => storedDraft(page, `draft:edit:${r.id}`)).toBeNull();
    await context.close();
  });

  it('the support request is put back after a reload', async () => {
    const r = await registered();
    const { context, page } = await newPhone(env);
    await page.goto(`/r/${r.id}/support#${r.manageToken}`);
    await page.locator('[name=note]').waitFor();
    await page.check('input[name=travel]', { force: true });
    await page.fill('[name=note]', 'أصل بالحافلة من تطوان صباح اللقاء');
    await expect
      .poll(() => storedDraft(page, `draft:support:${r.id}`))
      .toMatchObject({ travel: true, note: 'أصل بالحافلة من تطوان صباح اللقاء' });
    await page.reload();
    await page.locator('[data-draft-restored]').waitFor();
    expect(await page.inputValue('[name=note]')).toBe('أصل بالحافلة من تطوان صباح اللقاء');
    expect(await page.isChecked('input[name=travel]')).toBe(true);
    await context.close();
  });

  it('the feedback is put back after a reload', async () => {
    const { context, page } = await newPhone(env);
    await page.goto(`/m/${slug}/feedback`);
    await page.check('input[name="ratings.overall"][value="4"]', { force: true });
    await page.fill('[name="problems.0"]', 'ضعف النقل بين الجماعات القروية');
    await page.fill('[name=comment]', 'شكرا على التنظيم');
    await expect
      .poll(() => storedDraft(page, `draft:feedback:${slug}`))
      .toMatchObject({ comment: 'شكرا على التنظيم' });
    await page.reload();
    await page.locator('[data-draft-restored]').waitFor();
    expect(await page.isChecked('input[name="ratings.overall"][value="4"]')).toBe(true);
    expect(await page.inputValue('[name="problems.0"]')).toBe('ضعف النقل بين الجماعات القروية');
    expect(await page.inputValue('[name=comment]')).toBe('شكرا على التنظيم');
    await context.close();
  });
});

describe("the organizer's meeting form, half filled", () => {
  it('is put back after a reload, and the draft is gone once the meeting is saved', async () => {
    const { context, page } = await newPhone(env);
    await signIn(page);
    await page.goto('/staff/new');
    await page.fill('[name=slug]', 'rabat-2026');
    await page.fill('[name="title.ar"]', 'اللقاء التشاوري الجهوي بالرباط');
    await page.fill('[name="venue.name"]', 'Hôtel Farah');
    await page.selectOption('select[name="venue.provinceCode"]', 'rabat');
    await expect
      .poll(() => storedDraft(page, 'draft:meeting:new'))
      // Every field typed, the last one too: the draft is saved a moment after each keystroke.
      .toMatchObject({
        slug: 'rabat-2026',
        titleAr: 'اللقاء التشاوري الجهوي بالرباط',
        venueName: 'Hôtel Farah',
        provinceCode: 'rabat',
      });
    await page.reload();
    await page.locator('[data-draft-restored]').waitFor();
    expect(await page.inputValue('[name="title.ar"]')).toBe('اللقاء التشاوري الجهوي بالرباط');
    expect(await page.inputValue('[name=slug]')).toBe('rabat-2026');
    expect(await page.inputValue('[name="venue.name"]')).toBe('Hôtel Farah');
    expect(await page.inputValue('select[name="venue.provinceCode"]')).toBe('rabat');

    await page.fill('[name=startsAt]', '2026-12-19T09:00');
    await page.fill('[name=endsAt]', '2026-12-19T15:30');
    await page.fill('[name="registration.opensAt"]', '2026-11-25T09:00');
    await page.fill('[name="registration.closesAt"]', '2026-12-10T18:00');
    await page.fill('[name=capacity]', '60');
    await page.click('button[type=submit]');
    await page.waitForURL((url) => url.pathname === '/staff/m/rabat-2026');
    await expect.poll(() => storedDraft(page, 'draft:meeting:new')).toBeNull();
    await context.close();
  });
});
