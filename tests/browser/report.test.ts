// The participant report screen (/staff/m/:slug/report): Tangier's seed tables with
// their numbers, charts with text alternatives, the basis switch, a screenshot, the printed
// page in Arabic and in French (navigation hidden, 3 A4 pages, nothing cut across them), and no
// serious accessibility violation.
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TANGIER,
  TANGIER_PROGRAMME,
  buildSeedMeeting,
  registerPeople,
  seedPeople,
} from '../support/reportSeeds';
import { seriousViolations } from './support/axe';
import { pdfPageTexts } from './support/pdf';
import { signIn, startBrowserEnv, type BrowserEnv } from './support/browser';

let env: BrowserEnv;
let laptop: BrowserContext;
let page: Page;
const address = `/staff/m/${TANGIER.slug}/report`;
/** Tangier's report on A4: tables and charts, the other tables, the programme. */
const PRINTED_PAGES = 3;

beforeAll(async () => {
  // The seed meeting's registration window is open at this clock.
  env = await startBrowserEnv({ now: '2026-11-23T10:00:00Z' });
  await buildSeedMeeting(env.server, {
    ...TANGIER,
    overrides: { ...TANGIER.overrides, programme: TANGIER_PROGRAMME },
  });
  // Two more accepted who never come: 70 on the "accepted" basis.
  await registerPeople(
    env.server,
    TANGIER.slug,
    seedPeople({ ...TANGIER, slug: 'extra' }).slice(0, 2),
  );
  laptop = await env.browser.newContext({
    baseURL: env.url,
    locale: 'ar',
    viewport: { width: 1280, height: 900 },
  });
  page = await laptop.newPage();
  await signIn(page);
});
afterAll(() => env.close());

/** A table's rows as { key: number }, read from the page. */
const tableOf = (table: string) =>
  page.$$eval(`table[data-table="${table}"] tr[data-key]`, (rows) =>
    Object.fromEntries(
      rows.map((r) => [r.getAttribute('data-key'), Number(r.querySelector('td')?.textContent)]),
    ),
  );

async function open(query = ''): Promise<void> {
  await page.goto(address + query);
  await page.locator('[data-total]').waitFor();
}

describe('the report screen', () => {
  it('is one click from the meeting page', async () => {
    await page.goto(`/staff/m/${TANGIER.slug}`);
    await page.getByRole('link', { name: 'تقرير المشاركين' }).click();
    await page.waitForURL((url) => url.pathname === address);
    await page.locator('[data-total]').waitFor();
  });

  it("shows Tangier's total and the seed's three tables with its numbers, right to left", async () => {
    await open();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('article', 'dir')).toBe('rtl');
    expect(await page.textContent('[data-total]')).toContain('68 مشاركة/مشارك');
    expect(await tableOf('byAgeBand')).toEqual({
      '18-30': 7,
      '30-40': 15,
      '40-50': 11,
      '50-60': 14,
      '60+': 7,
      unknown: 14,
      total: 68,
    });
    expect(await tableOf('byRole')).toEqual({
      elected: 2,
      association: 42,
      public_sector: 4,
      academic: 5,
      citizen: 9,
      expert: 6,
      total: 68,
    });
    expect(await tableOf('byGender')).toEqual({ female: 30, male: 38, total: 68 });
    const headings = await page.$$eval('[data-section] h3', (hs) =>
      hs.slice(0, 3).map((h) => h.textContent ?? ''),
    );
    expect(headings.map((h) => h.split(' ')[0])).toEqual(['الفئات', 'الصفة', 'الجنس']);
    expect(await page.textContent('table[data-table="byAgeBand"] tbody tr')).toContain(
      'ما بين 18 و 30 سنة',
    );
  });

  it('draws the charts as labelled images', async () => {
    await open();
    const names = await page.$$eval('svg[role=img]', (svgs) =>
      svgs.map((s) => s.querySelector('title')?.textContent ?? ''),
    );
    expect(names).toContain(
      'الفئات العمرية: ما بين 18 و 30 سنة 7، ما بين 30 و 40 سنة 15، ما بين 40 و 50 سنة 11، ما بين 50 و 60 سنة 14، أزيد من 60 سنة 7، غير متوفر 14',
    );
    expect(names).toContain('الجنس: أنثى 30 (44%)، ذكر 38 (56%)');
    expect(await page.locator('svg[data-chart=bars]').count()).toBe(2);
    expect(await page.locator('svg[data-chart=map] circle[data-province]').count()).toBe(7);
    const shot = path.join(tmpdir(), `liqa-report-ar-${process.pid}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    expect((await stat(shot)).size).toBeGreaterThan(10_000);
  });

  it('counts the accepted, no-shows included, when asked', async () => {
    await open();
    await page.check('input[name=basis][value=accepted]');
    await page.locator('[data-total="70"]').waitFor();
    expect(new URL(page.url()).search).toBe('?basis=accepted');
    expect(await page.getAttribute('[data-no-shows]', 'data-no-shows')).toBe('2');
  });

  it('prints only the report: the total, every table, the charts and the programme', async () => {
    await open();
    await page.emulateMedia({ media: 'print' });
    try {
      for (const hidden of [
        '#app > header',
        '#app > footer',
        'input[name=basis]',
        '[data-action=print]',
      ]) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      for (const shown of [
        '[data-total]',
        'table[data-table=byAgeBand]',
        'table[data-table=byRole]',
        'table[data-table=byGender]',
        'table[data-table=bySource]',
        'table[data-table=byAccessibility]',
        'table[data-table=byRegion]',
        'table[data-table=byProvince]',
        'svg[data-chart=split]',
        '[data-section=programme]',
      ]) {
        expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  // The seed report's French words, which the Arabic print carries beside its own: each table's
  // title with its first and last rows, and the programme's heading with every time.
  const onOnePage = [
    ["Tranches d'âge", 'Entre 18 et 30 ans', 'Non disponible'],
    ['Qualité', 'Élu(e) local(e)', 'Expert(e)'],
    ['Genre', 'Femme', 'Homme'],
    ['Programme de la rencontre', ...TANGIER_PROGRAMME.map((item) => item.time)],
  ];

  for (const locale of ['ar', 'fr'] as const) {
    it(`prints on ${PRINTED_PAGES} A4 pages in ${locale}, in that language, no table or programme cut across pages`, async () => {
      const reader = await env.browser.newContext({ baseURL: env.url, locale });
      const printed = await reader.newPage();
      await printed.addInitScript((l) => localStorage.setItem('liqa.locale', l), locale);
      await signIn(printed);
      await printed.goto(address);
      await printed.locator('[data-total]').waitFor();
      expect(await printed.getAttribute('article', 'lang')).toBe(locale);
      expect(await printed.getAttribute('article', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      // The charts speak the page's language too.
      expect(await printed.textContent('#chart-byAgeBand-title')).toContain(
        locale === 'ar' ? 'ما بين 18 و 30 سنة' : 'Entre 18 et 30 ans',
      );
      const pages = await pdfPageTexts(
        await printed.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }),
      );
      expect(pages).toHaveLength(PRINTED_PAGES);
      for (const words of onOnePage) {
        const where = words.map((w) => pages.findIndex((text) => text.includes(w)));
        expect(where, words.join(' · ')).toEqual(words.map(() => where[0]));
        expect(where[0], words[0]).toBeGreaterThanOrEqual(0);
      }
      await reader.close();
    });
  }

  it('has no serious accessibility violation', async () => {
    await open();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
