// The public programme page (/p/:slug) on a 360 px phone, in Arabic and in French: the seed
// meetings of Tangier and Casablanca as one programme, its numbers exactly the API's, filters
// over the proposals, no overflow, no serious accessibility violation, offline after a visit,
// and open-data files that parse.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicProgrammeReport } from '../../shared/api/programmes';
import { feedbackKit } from '../support/feedbackKit';
import { CASABLANCA, TANGIER, buildSeedMeeting } from '../support/reportSeeds';
import { seriousViolations } from './support/axe';
import { rawKeys } from './support/rawKeys';
import {
  newPhone,
  signIn,
  startBrowserEnv,
  waitForServiceWorker,
  type BrowserEnv,
} from './support/browser';

let env: BrowserEnv;
let api: PublicProgrammeReport;
const PAN = 'pan3';
const address = `/p/${PAN}`;

beforeAll(async () => {
  env = await startBrowserEnv({ now: '2026-11-23T10:00:00Z' });
  const s = env.server;
  const admin = await s.tokenFor('admin');
  await s.json('POST', '/api/programmes', {
    token: admin,
    body: {
      slug: PAN,
      title: { ar: 'خطة العمل الوطنية الثالثة', fr: "Troisième plan d'action national" },
      description: {
        ar: 'اللقاءات الجهوية للإعداد المشترك',
        fr: 'Les rencontres régionales de co-création',
      },
    },
  });
  for (const seed of [TANGIER, CASABLANCA])
    await buildSeedMeeting(s, { ...seed, overrides: { ...seed.overrides, programmeSlug: PAN } });
  const kit = feedbackKit(s);
  await kit.post(TANGIER.slug, kit.body({ solutions: ['منصة وطنية للعرائض الإلكترونية'] }));
  const casa = await kit.post(CASABLANCA.slug, kit.body({ solutions: ['نشر الميزانيات المحلية'] }));
  await s.json('PATCH', `/api/proposals/${casa.body.proposals[0]}`, {
    token: await s.tokenFor('organizer'),
    body: { status: 'not-retained', explanation: 'خارج نطاق الخطة', institution: 'وزارة المالية' },
  });
  api = (await s.json<PublicProgrammeReport>('GET', `/api/programmes/${PAN}/report`)).body;
}, 180_000);
afterAll(() => env.close());

/** A table's cells as { key: number | null }, read from the page ("<3" is null). */
const tableOf = (page: Page, table: string) =>
  page.$$eval(`table[data-table="${table}"] tbody tr[data-key]`, (rows) =>
    Object.fromEntries(
      rows.map((r) => {
        const n = r.querySelector('td')?.getAttribute('data-count') ?? '';
        return [r.getAttribute('data-key'), n === '' ? null : Number(n)];
      }),
    ),
  );

async function open(page: Page): Promise<void> {
  await page.goto(address);
  await page.locator('[data-total]').waitFor();
}

async function expectApiNumbers(page: Page): Promise<void> {
  expect(Number(await page.getAttribute('[data-total]', 'data-total'))).toBe(api.total);
  expect(api.total).toBe(128);
  expect(await tableOf(page, 'byMeeting')).toEqual(api.byMeeting);
  expect(await tableOf(page, 'byAgeBand')).toEqual(api.byAgeBand);
  expect(await tableOf(page, 'byGender')).toEqual(api.byGender);
  expect(await tableOf(page, 'byRegion')).toEqual(api.byRegion);
  const { other, ...roles } = api.byRole;
  expect(other).toBe(0); // the seeds print no "other" capacity: the page leaves it out
  expect(await tableOf(page, 'byRole')).toEqual(roles);
}

const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('the public programme page', () => {
  it('in Arabic at 360 px: right to left, the API’s numbers, every meeting, no overflow, axe-clean', async () => {
    const { context, page } = await newPhone(env, 'ar');
    await open(page);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('heading', { level: 1, name: 'خطة العمل الوطنية الثالثة' }).waitFor();
    await expectApiNumbers(page);
    expect(
      await page.$$eval('[data-meeting]', (els) => els.map((e) => e.getAttribute('data-meeting'))),
    ).toEqual(expect.arrayContaining([TANGIER.slug, CASABLANCA.slug]));
    expect(await page.textContent('[data-meeting="tanger-2023"]')).toContain('بتوقيت المغرب');
    expect(await page.locator('svg[data-chart="bars"]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('circle[data-region="01"]').getAttribute('data-count')).toBe(
      String(api.byRegion['01']),
    );
    expect(await overflows(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('in French at 360 px: French words, the same numbers, proposals filtered and searched', async () => {
    const { context, page } = await newPhone(env, 'fr-FR');
    await open(page);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('ltr');
    await page
      .getByRole('heading', { level: 1, name: "Troisième plan d'action national" })
      .waitFor();
    await page.getByRole('heading', { name: 'Les propositions et leur sort' }).waitFor();
    await expectApiNumbers(page);
    expect(await page.locator('[data-proposal]').count()).toBe(2);
    await page.selectOption('select[name=status]', 'not-retained');
    await page.locator('[data-shown="1"]').waitFor();
    expect(await page.textContent('[data-proposal]')).toContain('خارج نطاق الخطة');
    expect(await page.textContent('[data-proposal]')).toContain('وزارة المالية');
    await page.selectOption('select[name=status]', '');
    await page.fill('input[name=q]', 'عرائض الالكترونيه'); // typed without hamza, ta marbuta as ha
    await page.locator('[data-shown="1"]').waitFor();
    expect(await page.textContent('[data-proposal]')).toContain('منصة وطنية للعرائض');
    expect(await overflows(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('opens again with the network cut once visited', async () => {
    const { context, page } = await newPhone(env, 'ar');
    await open(page);
    await waitForServiceWorker(page);
    await page.reload(); // the programme's data now goes through the service worker's cache
    await page.locator('[data-total]').waitFor();
    env.server.setReachable(false);
    try {
      await page.reload();
      await page.locator('[data-total="128"]').waitFor();
      expect(await page.locator('[data-proposal]').count()).toBe(2);
    } finally {
      env.server.setReachable(true);
    }
    await context.close();
  });

  it('downloads the proposals as open data that parses, licence and date included', async () => {
    const { context, page } = await newPhone(env, 'ar');
    await open(page);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-download="proposals-json"]'),
    ]);
    const data = JSON.parse(await readFile((await json.path()) ?? '', 'utf8')) as {
      licence: { id: string };
      extractedAt: string;
      proposals: Array<{ meetingSlug: string; status: string }>;
    };
    expect(data.licence.id).toBe('CC-BY-4.0');
    expect(data.extractedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(data.proposals.map((p) => p.meetingSlug)).toEqual([TANGIER.slug, CASABLANCA.slug]);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-download="proposals-csv"]'),
    ]);
    const lines = (await readFile((await csv.path()) ?? '', 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'id,meetingSlug,workshopId,text,status,explanation,institution,licence,extractedAt',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('not-retained');
    await context.close();
  });
});

describe('the organizers’ programme dashboard', () => {
  it('at 360 px in Arabic: each meeting’s counts as the API gives them, the summed report, no overflow, axe-clean', async () => {
    const s = env.server;
    const admin = await s.tokenFor('admin');
    const dashboard = (
      await s.json<{
        meetings: Array<{ slug: string; counts: { registered: number; attended: number } }>;
      }>('GET', `/api/programmes/${PAN}/dashboard`, { token: admin })
    ).body;
    const { context, page } = await newPhone(env, 'ar');
    await signIn(page);
    await page.goto(`/staff/p/${PAN}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const m of dashboard.meetings) {
      const row = page.locator(`tr[data-meeting="${m.slug}"]`);
      expect(await row.locator('[data-count="registered"]').textContent()).toBe(
        String(m.counts.registered),
      );
      expect(await row.locator('[data-count="attended"]').textContent()).toBe(
        String(m.counts.attended),
      );
    }
    // The summed report on its default basis (attended): 68 + 60, every cell shown to an admin.
    await page.locator('[data-total="128"]').waitFor();
    expect(await page.locator('[data-small-cells]').count()).toBe(0);
    expect(await tableOf(page, 'byGender')).toEqual({ female: 66, male: 62 });
    expect(await page.locator('svg[data-chart="bars"]').count()).toBeGreaterThanOrEqual(4);
    // Every word of the screen in Arabic: the summed report's tables and the proposals' forms
    // come from the public programme and feedback screens, with their own word files.
    expect(await rawKeys(page)).toEqual([]);
    expect(await page.textContent('main')).toContain('الفئة');
    expect(await overflows(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('publishes a proposal’s fate decided there: the public list shows it with its explanation', async () => {
    const { context, page } = await newPhone(env, 'ar');
    await signIn(page);
    await page.goto(`/staff/p/${PAN}`);
    // The summed report comes after the proposals and pushes them down: act once it is in.
    await page.locator('[data-total="128"]').waitFor();
    // Each proposal's form has its own ids: a label clicked acts on its own form's field.
    const ids = await page
      .locator('[data-proposal] form [id]')
      .evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
    const second = page.locator('[data-proposal] form').nth(1);
    await second.getByText('المؤسسة المعنية').click();
    await expect
      .poll(() =>
        second.locator('input[name=institution]').evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    const form = page.locator(`[data-meeting="${TANGIER.slug}"] [data-proposal] form`).first();
    await form.locator('input[name=status][value=retained]').check();
    await form.locator('textarea[name=explanation]').fill('أدرج في الالتزام الثالث');
    await form.locator('input[name=institution]').fill('وزارة الانتقال الرقمي');
    await form.locator('button[type=submit]').click();
    await expect
      .poll(async () => {
        const list = await env.server.json<
          Array<{ meetingSlug: string; status: string; explanation: string | null }>
        >('GET', `/api/programmes/${PAN}/proposals`);
        return list.body.find((p) => p.meetingSlug === TANGIER.slug);
      })
      .toMatchObject({ status: 'retained', explanation: 'أدرج في الالتزام الثالث' });
    await page.goto(address);
    await page.locator('[data-total]').waitFor();
    expect(await page.textContent('main')).toContain('أدرج في الالتزام الثالث');
    await context.close();
  });
});
