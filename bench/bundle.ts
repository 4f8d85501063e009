// What each screen makes a phone download: gzip JS and CSS as served, measured in Chromium.
import { chromium } from 'playwright-core';
import { adminToken, startBenchServer } from './server';
import { createMeeting, openMeeting } from './fixtures';

interface Loaded {
  js: Map<string, number>;
  css: Map<string, number>;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (m: Map<string, number>, except?: Map<string, number>) =>
  [...m].filter(([url]) => !except?.has(url)).reduce((total, [, size]) => total + size, 0);

export async function benchBundle(): Promise<string[]> {
  const server = await startBenchServer(17_500);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    await createMeeting(server.url, await adminToken(server.url), openMeeting('bench-page', 100));
    const load = async (path: string): Promise<Loaded> => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const loaded: Loaded = { js: new Map(), css: new Map() };
      page.on('requestfinished', async (request) => {
        const type = request.resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        const sizes = await request.sizes();
        (type === 'script' ? loaded.js : loaded.css).set(request.url(), sizes.responseBodySize);
      });
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      await context.close();
      return loaded;
    };
    const meeting = await load('/m/bench-page');
    const home = await load('/');
    const register = await load('/m/bench-page/register');
    return [
      `public meeting page, first load: JS ${kb(sum(meeting.js))} gzip (budget 30 KB), CSS ${kb(sum(meeting.css))} gzip (budget 8 KB)`,
      `home (open meetings), first load: JS ${kb(sum(home.js))}, CSS ${kb(sum(home.css))}`,
      `registration form: JS beyond the meeting page ${kb(sum(register.js, meeting.js))} gzip (budget 15 KB)`,
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
