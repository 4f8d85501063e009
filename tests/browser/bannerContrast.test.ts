// The header's banners are readable: the refusal links, the "waiting for the network" line, the
// "everything sent" line and the new-version banner, shown for real in Arabic and in French,
// meet WCAG AA contrast. axe's color-contrast rule checks them in French; in Arabic it checks
// nothing (axe-core 4.14 takes cursive Arabic for an icon font's ligatures and skips the text),
// so each banner's ratio is also worked out here, from its colours, in both languages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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

interface Contrast {
  violations: Array<{ target: string; summary: string }>;
  /** The outer HTML of every element that passed. */
  passed: string[];
  /** What axe could not decide (a background it cannot work out): must not be a banner. */
  undecided: string[];
}

const updateButton = (page: Page) => page.locator('header + [role=status] button');

/** axe's color-contrast rule (WCAG 1.4.3, AA) over the header and the update banner. */
async function headerContrast(page: Page): Promise<Contrast> {
  await page.evaluate(AXE_SOURCE); // over the DevTools protocol: the CSP refuses inline scripts
  return page.evaluate(async () => {
    type Node = { target: string[]; html: string; failureSummary?: string };
    type Result = { nodes: Node[] };
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: Result[]; passes: Result[]; incomplete: Result[] }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [['header'], ['header + [role=status]']] },
      { runOnly: { type: 'rule', values: ['color-contrast'] } },
    );
    return {
      violations: result.violations.flatMap((v) =>
        v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
      ),
      passed: result.passes.flatMap((p) => p.nodes.map((n) => n.html)),
      undecided: result.incomplete.flatMap((p) => p.nodes.map((n) => n.html)),
    };
  });
}

/** Each element's text colour against the first opaque background behind it (WCAG 1.4.3). */
function ratios(page: Page, selector: string): Promise<Array<{ text: string; ratio: number }>> {
  return page.$$eval(selector, (elements) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const v = c / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
    };
    const background = (el: Element | null): number[] => {
      for (let at = el; at; at = at.parentElement) {
        const bg = rgb(getComputedStyle(at).backgroundColor);
        if (bg.length >= 3 && (bg[3] ?? 1) > 0) return bg;
      }
      return [255, 255, 255];
    };
    return elements.map((el) => {
      const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      return { text: el.textContent ?? '', ratio: Math.round(ratio * 100) / 100 };
    });
  });
}

const BANNERS = 'header [role=status] a, header [role=status] span, header + [role=status] span';

const rtlOrNot = (locale: string) => (locale === 'ar' ? 'rtl' : 'ltr');

/** Writes the phone's outbox as the sync engine would have left it (IndexedDB `liqa`). */
function putOutbox(page: Page, entries: Array<Record<string, unknown>>): Promise<void> {
  return page.evaluate(
    (all) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('liqa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          const store = tx.objectStore('outbox');
          store.clear();
          for (const entry of all) store.put(entry);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
}

const entry = (seq: number, fields: Record<string, unknown>) => ({
  id: `00000000-0000-4000-8000-00000000000${seq}`,
  seq,
  method: 'POST',
  body: {},
  createdAt: Date.now(),
  attempts: 1,
  nextAttemptAt: Date.now() + 3_600_000,
  ...fields,
});

const refusal = { status: 422, body: { code: 'validation', title: 'refused' } };

describe.each(['ar', 'fr'])('the header banners in %s', (locale) => {
  it('meet AA contrast: refused, waiting offline, everything sent, new version', async () => {
    const { context, page } = await newPhone({ ...env, url: publisher.url }, locale);
    await context.addInitScript((l) => localStorage.setItem('liqa.locale', l), locale);
    await page.clock.install();
    await page.goto(`/m/${slug}`);
    await waitForServiceWorker(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(rtlOrNot(locale));

    // A new version waits: the banner under the header.
    await publisher.publish();
    await page.clock.fastForward('02:00');
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await updateButton(page).waitFor({ timeout: 20_000 });

    // Offline, with a refused registration, a refused desk batch and a feedback waiting.
    await putOutbox(page, [
      entry(1, {
        kind: 'registration',
        url: `/api/meetings/${slug}/registrations`,
        state: 'refused',
        response: refusal,
      }),
      entry(2, {
        kind: 'checkin',
        url: `/api/meetings/${slug}/checkins/batch`,
        body: { events: [{}, {}, {}] },
        state: 'refused',
        response: refusal,
      }),
      entry(3, { kind: 'feedback', url: `/api/meetings/${slug}/feedback`, state: 'waiting' }),
    ]);
    await context.setOffline(true);
    await page.reload();
    const sync = page.locator('header [role=status]');
    await sync.locator('a[href="/me"]').waitFor();
    await sync.locator(`a[href="/staff/m/${slug}/checkin"]`).waitFor();
    await sync.locator('span').waitFor();
    await updateButton(page).waitFor({ timeout: 20_000 });

    const shown = await Promise.all(
      [
        sync.locator('a').first(),
        sync.locator('a').last(),
        sync.locator('span'),
        updateButton(page),
      ]
        .concat(page.locator('header + [role=status] span'))
        .map((l) => l.textContent()),
    );
    const offline = await headerContrast(page);
    expect(offline.violations).toEqual([]);
    expect(offline.undecided).toEqual([]);
    if (locale !== 'ar')
      for (const text of shown)
        expect(offline.passed.some((html) => html.includes(text ?? '-'))).toBe(true);
    const measured = await ratios(page, `${BANNERS}, header + [role=status] button`);
    console.log(`[contrast] ${locale}: ${measured.map((m) => m.ratio).join(', ')}`);
    expect(measured).toHaveLength(5);
    for (const m of measured) expect(m.ratio, m.text).toBeGreaterThanOrEqual(4.5);

    // Later: everything sent.
    await putOutbox(page, [
      entry(4, {
        kind: 'feedback',
        url: `/api/meetings/${slug}/feedback`,
        state: 'sent',
        response: { status: 201, body: {} },
      }),
    ]);
    await page.reload();
    const allSent = await sync.locator('span').textContent();
    const done = await headerContrast(page);
    expect(done.violations).toEqual([]);
    if (locale !== 'ar')
      expect(done.passed.some((html) => html.includes(allSent ?? '-'))).toBe(true);
    const sent = await ratios(page, 'header [role=status] span');
    expect(sent.map((m) => m.text)).toEqual([allSent]);
    expect(sent[0]?.ratio).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
});
