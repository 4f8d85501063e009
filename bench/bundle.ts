// What each screen makes a phone download: gzip JS and CSS as served, measured in Chromium.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { audiencesFile, type Audiences } from '../build/serviceWorkerPlugin';
import { loadStaticFiles } from '../server/http/staticFiles';
import { adminToken, startBenchServer } from './server';
import { createMeeting, openMeeting } from './fixtures';
import { atMost, info, kb, type BenchRow } from './table';

interface Loaded {
  js: Map<string, number>;
  css: Map<string, number>;
}

const sum = (m: Map<string, number>, except?: Map<string, number>) =>
  [...m].filter(([url]) => !except?.has(url)).reduce((total, [, size]) => total + size, 0);

const PROGRAMME_SLUG = 'bench-programme';

async function createProgramme(url: string, token: string): Promise<void> {
  const res = await fetch(`${url}/api/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ slug: PROGRAMME_SLUG, title: { ar: 'خطة العمل الوطنية الثالثة' } }),
  });
  if (res.status !== 201) throw new Error(`programme not created: ${res.status}`);
}

export async function benchBundle(): Promise<BenchRow[]> {
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
    const token = await adminToken(server.url);
    await createProgramme(server.url, token);
    await createMeeting(server.url, token, {
      ...openMeeting('bench-page', 100),
      programmeSlug: PROGRAMME_SLUG,
    });
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
    /**
     * The register form on the throttled phone of issue 17 (4× slower CPU, 400 ms round trips,
     * 400 kbit/s each way), a first visit with an empty cache: ms from the navigation until the
     * name field can be typed in and the submit button is there.
     */
    const usableOnSlowPhone = async (path: string): Promise<number> => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 400,
        downloadThroughput: (400 * 1000) / 8,
        uploadThroughput: (400 * 1000) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const started = performance.now();
      await page.goto(server.url + path, { waitUntil: 'commit' });
      await page.locator('[name=fullName]:enabled').waitFor({ timeout: 60_000 });
      await page
        .locator('form', { has: page.locator('[name=fullName]') })
        .locator('button[type=submit]')
        .waitFor({ timeout: 60_000 });
      const ms = performance.now() - started;
      await context.close();
      return ms;
    };
    const meeting = await load('/m/bench-page');
    const home = await load('/');
    const register = await load('/m/bench-page/register');
    const programme = await load(`/p/${PROGRAMME_SLUG}`);
    // The median of three first visits: one slow start on a shared machine must not decide.
    const usable = [];
    for (let i = 0; i < 3; i++) usable.push(await usableOnSlowPhone('/m/bench-page/register'));
    usable.sort((a, b) => a - b);
    return [
      atMost('public meeting page, first load, JS (gzip)', kb(sum(meeting.js)), 25, 'KB'),
      atMost('public meeting page, first load, CSS (gzip)', kb(sum(meeting.css)), 6, 'KB'),
      info(
        'home (open meetings), first load (gzip)',
        `JS ${kb(sum(home.js)).toFixed(1)} KB, CSS ${kb(sum(home.css)).toFixed(1)} KB`,
      ),
      {
        ...atMost(
          'register form usable, throttled phone (4× CPU, 400 ms RTT, 400 kbit/s), first visit',
          (usable[1] ?? Infinity) / 1000,
          3,
          's',
        ),
        figure: `${((usable[1] ?? Infinity) / 1000).toFixed(2)} s (median of ${usable.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`,
      },
      atMost(
        'public programme page /p/:slug, JS beyond the shell (what the home page loads), gzip',
        kb(sum(programme.js, home.js)),
        15,
        'KB',
      ),
      {
        ...atMost(
          'registration form, JS beyond the meeting page (gzip)',
          kb(sum(register.js, meeting.js)),
          15,
          'KB',
        ),
        // Each file is a round trip on 3G: a small chunk creeping in shows here first.
        figure: `${kb(sum(register.js, meeting.js)).toFixed(1)} KB in ${[...register.js.keys()].filter((url) => !meeting.js.has(url)).length} files`,
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** What a service worker downloads for each audience: each file as the server sends it (gzip). */
export function benchPrecache(clientDir = 'dist/client'): BenchRow[] {
  const lists = JSON.parse(
    readFileSync(audiencesFile(path.resolve(clientDir)), 'utf8'),
  ) as Audiences;
  const files = loadStaticFiles(clientDir);
  const sent = (url: string) => {
    const file = files.get(url);
    // As a phone on HTTPS gets it: brotli when built, else gzip.
    return file ? (file.br ?? file.gzip ?? file.body).length : 0;
  };
  const participant = lists.participant.reduce((total, e) => total + sent(e.url), 0);
  const staff = lists.staff.reduce((total, url) => total + sent(url), 0);
  const onVisit = lists.onVisit.reduce((total, url) => total + sent(url), 0);
  return [
    {
      ...atMost(
        'participant precache (shell, participant screens, icons), transferred',
        kb(participant),
        100,
        'KB',
      ),
      figure: `${kb(participant).toFixed(1)} KB in ${lists.participant.length} files`,
    },
    info(
      'staff screens, cached when a staff member signs in, transferred',
      `${kb(staff).toFixed(1)} KB in ${lists.staff.length} files (QR decoder included)`,
    ),
    info(
      'public programme page, cached on its first visit, transferred',
      `${kb(onVisit).toFixed(1)} KB in ${lists.onVisit.length} files`,
    ),
  ];
}
