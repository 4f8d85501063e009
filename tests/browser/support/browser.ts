// Debian's Chromium driven by playwright-core, with the flags this network needs, plus a
// Liqa server (fresh database) serving the PWA built by globalSetup.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import {
  ADMIN,
  startTestServer,
  type HarnessOptions,
  type TestServer,
} from '../../support/harness';
import { BROWSER_CLIENT_DIR } from '../globalSetup';

export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface BrowserEnv {
  browser: Browser;
  server: TestServer;
  url: string;
  close(): Promise<void>;
}

export async function startBrowserEnv(options: HarnessOptions = {}): Promise<BrowserEnv> {
  const server = await startTestServer({
    now: new Date().toISOString(),
    ...options,
    clientDir: BROWSER_CLIENT_DIR,
  });
  const url = await server.listen();
  const browser = await launchChromium();
  return {
    browser,
    server,
    url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the page is controlled by the service worker (after its first install). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  // A synchronous predicate: waitForFunction treats a returned promise as truthy.
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, {
    timeout: 30_000,
  });
}

/** A 360 px phone in `locale`; `options` such as `serviceWorkers: 'block'` (what the page itself fetches). */
export async function newPhone(
  env: BrowserEnv,
  locale = 'ar',
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await env.browser.newContext({ ...PHONE, locale, baseURL: env.url, ...options });
  const page = await context.newPage();
  return { context, page };
}

/** Signs a staff member in through the login form (the first admin unless told). */
export async function signIn(page: Page, who: { email: string; password: string } = ADMIN) {
  await page.goto('/staff/login');
  await page.fill('[name=email]', who.email);
  await page.fill('[name=password]', who.password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => !url.pathname.startsWith('/staff/login'));
}

/** How many writes still wait in the phone's outbox (IndexedDB `liqa`): neither sent nor refused. */
export function deviceQueueSize(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('liqa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => {
            const entries = all.result as Array<{ state: string }>;
            resolve(entries.filter((e) => e.state !== 'sent' && e.state !== 'refused').length);
            open.result.close();
          };
        };
      }),
  );
}
