// A new version published while a tab is open: the tab learns of it without a navigation (when
// the person comes back to it, or after half an hour), shows the banner, and "Update" reloads
// into the new version with the half-typed form put back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  newPhone,
  startBrowserEnv,
  waitForServiceWorker,
  type BrowserEnv,
} from './support/browser';
import { createOpenMeeting } from './support/fixtures';
import { startPublisher, type Publisher } from './support/newVersion';

let env: BrowserEnv;
let publisher: Publisher;
let slug: string;
beforeAll(async () => {
  env = await startBrowserEnv();
  publisher = await startPublisher(env.url);
  slug = await createOpenMeeting(env.server);
});
afterAll(async () => {
  await publisher.close();
  await env.close();
});

const updateButton = (page: Page) => page.getByRole('button', { name: 'تحديث', exact: true });

/** A version installed and waiting for the person's word (none once they updated). */
const versionWaiting = (page: Page) =>
  page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

async function openWithWorker(path: string): Promise<Page> {
  const { page } = await newPhone({ ...env, url: publisher.url });
  // The page's clock, moved on by the test: half an hour passes in a moment.
  await page.clock.install();
  await page.goto(path);
  await waitForServiceWorker(page);
  return page;
}

describe('a new version while the tab is open', () => {
  it('is found when the person comes back to the tab; "Update" keeps what they were typing', async () => {
    const page = await openWithWorker(`/m/${slug}/feedback`);
    await publisher.publish();
    await page.clock.fastForward('02:00'); // the tab was left for two minutes
    expect(await updateButton(page).count()).toBe(0); // nothing checked while they were away
    const back = Date.now();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await updateButton(page).waitFor({ timeout: 20_000 });
    console.log(`[update] banner ${Date.now() - back} ms after the tab was focused again`);

    // Typed just before tapping "Update": the draft is written before the reload, not after.
    await page.fill('[name=comment]', 'القاعة كانت باردة');
    await updateButton(page).click();
    await page.locator('[data-draft-restored]').waitFor({ timeout: 20_000 });
    expect(await page.inputValue('[name=comment]')).toBe('القاعة كانت باردة');
    expect(await versionWaiting(page)).toBe(false); // the new version controls the page
    expect(await updateButton(page).count()).toBe(0);
    await page.context().close();
  });

  it('is found after half an hour in a tab that stays in front', async () => {
    const page = await openWithWorker(`/m/${slug}`);
    await publisher.publish();
    await page.clock.fastForward('31:00');
    await updateButton(page).waitFor({ timeout: 20_000 });
    await page.context().close();
  });
});
