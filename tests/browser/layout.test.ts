// Every page of shared/routes on a 360 px phone, in Arabic and French (and English at 200 %
// text): nothing wider than the screen, every word loaded (no raw key), and axe (WCAG 2.2 AA)
// finds no serious or critical violation, staff screens included. The list is generated from PAGE_ROUTES, so a new page is
// walked the day it is added.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_ROUTES } from '../../shared/routes';
import { WCAG_22_AA, seriousViolations } from './support/axe';
import { PHONE, signIn, startBrowserEnv, type BrowserEnv } from './support/browser';
import { rawKeys } from './support/rawKeys';
import { seedWalk, type WalkParams } from './support/walk';

let env: BrowserEnv;
let params: WalkParams;
const contexts = new Map<string, { context: BrowserContext; page: Page }>();

beforeAll(async () => {
  env = await startBrowserEnv({ now: '2026-11-23T10:00:00Z' });
  params = await seedWalk(env.server);
});
afterAll(() => env.close());

async function phone(locale: string): Promise<Page> {
  const known = contexts.get(locale);
  if (known) return known.page;
  const context = await env.browser.newContext({ ...PHONE, locale, baseURL: env.url });
  const page = await context.newPage();
  await signIn(page);
  // The language is the page's own choice (remembered), not the browser's.
  await page.goto('/');
  await page.evaluate((l) => localStorage.setItem('liqa.locale', l), locale);
  contexts.set(locale, { context, page });
  return page;
}

/** A route's address with the seed's values for its parameters. */
function addressOf(route: string): string {
  return route
    .replace(':slug', params.slug)
    .replace(':id', params.registrationId)
    .concat(route.startsWith('/r/') ? `#${params.manageToken}` : '');
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

// Against the phone's width, not innerWidth: a mobile browser zooms out to show a page wider
// than the screen, and innerWidth grows with it.
const SCREEN = PHONE.viewport.width;
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The innermost elements sticking out of the screen, named for the failure message. */
const culprits = (page: Page) =>
  page.evaluate((screen) => {
    const out = [...document.body.querySelectorAll<HTMLElement>('*')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.right > screen + 1 || box.left < -1);
    });
    return out
      .filter((el) => !out.some((other) => other !== el && el.contains(other)))
      .slice(0, 4)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().width)}px`,
      )
      .join(', ');
  }, SCREEN);

async function expectFits(page: Page, route: string): Promise<void> {
  const width = await pageWidth(page);
  const why = width > SCREEN ? await culprits(page) : '';
  expect(width, `${route} is ${width} px wide: ${why}`).toBeLessThanOrEqual(SCREEN);
}

describe.each(['ar', 'fr'])('every page at 360 px in %s', (locale) => {
  it.each(PAGE_ROUTES.map((r) => [r]))(
    '%s fits the screen, shows every word and passes axe',
    async (route) => {
      const page = await phone(locale);
      await page.goto(addressOf(route));
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      expect(await rawKeys(page), `${route} shows word keys`).toEqual([]);
      await expectFits(page, route);
      const violations = await seriousViolations(page, WCAG_22_AA);
      expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    },
  );
});

describe('every page at 360 px with text at 200 %', () => {
  it.each(['ar', 'en'].flatMap((locale) => PAGE_ROUTES.map((r) => [locale, r] as const)))(
    '%s %s fits the screen',
    async (locale, route) => {
      const page = await phone(locale);
      await page.goto(addressOf(route));
      await settle(page);
      // What a phone's "text size 200 %" does to a page sized in rem.
      await page.evaluate(() =>
        document.documentElement.style.setProperty('font-size', '200%', 'important'),
      );
      await expectFits(page, route);
    },
  );
});
