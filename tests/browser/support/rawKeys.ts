// Word keys a screen shows as they are ('staff:reg.title'): its area's words were not loaded.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const AREAS = readdirSync(resolve(import.meta.dirname, '../../../client/i18n/ar'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'common.ts')
  .map((f) => f.replace(/\.ts$/, ''));

const RAW_KEY = new RegExp(`(?:${AREAS.join('|')}):[A-Za-z][\\w.]*`, 'g');

/** The raw keys in the page's visible text (empty when every word came in its language). */
export async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return text.match(RAW_KEY) ?? [];
}
