// The check-in desk on phones: a QR photo and a typed code, two desks offline checking in the
// same person, Arabic-aware search, a walk-in registered offline, two tabs of one desk phone
// following each other, and axe-core.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedToken } from '../../server/auth/secret';
import { ticketCodeOf } from '../../server/auth/ticketCodes';
import {
  newPhone,
  startBrowserEnv,
  waitForServiceWorker,
  type BrowserEnv,
} from './support/browser';
import { seriousViolations } from './support/axe';
import { createOpenMeeting } from './support/fixtures';
import { registrationBody } from '../support/factories/registration';

let env: BrowserEnv;
let slug: string;
let staffToken: string;
const people: Record<string, string> = {};

const NAMES = [
  'أحمد بنعلي',
  'فاطمة الزهراء العلوي',
  'Salma Ouazzani',
  'يوسف التازي',
  'مريم الفاسي',
];

async function register(fullName: string): Promise<string> {
  const body = registrationBody({ fullName, workshopId: 'w1' });
  const res = await env.server.json('POST', `/api/meetings/${slug}/registrations`, { body });
  if (res.status !== 201) throw new Error(`not registered: ${JSON.stringify(res.body)}`);
  return body.id;
}

beforeAll(async () => {
  env = await startBrowserEnv();
  slug = await createOpenMeeting(env.server);
  staffToken = await env.server.tokenFor('checkin');
  for (const name of NAMES) people[name] = await register(name);
});
afterAll(() => env.close());

const ticketOf = (name: string) => derivedToken(env.server.deps, 'ticket', people[name] as string);

/** The typeable ticket code (`XXXX-XXXX`) printed under the person's QR. */
async function codeOf(name: string): Promise<string> {
  const row = await env.server.db.kysely
    .selectFrom('registrations')
    .select(['id', 'ticket_code_hash'])
    .where('id', '=', people[name] as string)
    .executeTakeFirstOrThrow();
  return (await ticketCodeOf(env.server.deps, row)) as string;
}

/** A desk phone signed in as check-in staff, the desk open and its roster stored. */
async function openDesk(): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await newPhone(env);
  await context.addCookies([
    { name: 'liqa_session', value: staffToken, url: env.url, httpOnly: true, sameSite: 'Strict' },
  ]);
  await page.goto(`/staff/m/${slug}/checkin`);
  await waitForServiceWorker(page);
  await page.reload(); // now served by the service worker, as at the venue
  await page.locator('[data-roster=stored]').waitFor({ timeout: 20_000 });
  return { context, page };
}

async function result(page: Page): Promise<{ verdict: string | null; text: string }> {
  const overlay = page.locator('[role=dialog][data-verdict]');
  await overlay.waitFor();
  return {
    verdict: await overlay.getAttribute('data-verdict'),
    text: (await overlay.textContent()) ?? '',
  };
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'التالي' }).click();
  await page.locator('[role=dialog][data-verdict]').waitFor({ state: 'detached' });
}

async function typeCode(page: Page, code: string): Promise<void> {
  await page.getByRole('tab', { name: 'التذكرة' }).click();
  await page.fill('[name=ticketCode]', code);
  await page.getByRole('button', { name: 'تحقق' }).click();
}

async function searchAndPick(page: Page, query: string, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'بالاسم' }).click();
  await page.fill('[name=search]', query);
  await page.getByRole('button', { name: new RegExp(name) }).click();
}

type Event = { registrationId: string | null; deviceId: string; at: string; outcome: string };
type Registration = { id: string; fullName: string; source: string; checkedInAt: string | null };

const events = async () =>
  (await env.server.json<Event[]>('GET', `/api/meetings/${slug}/checkins`, { token: staffToken }))
    .body;

async function registrations(): Promise<Registration[]> {
  const token = await env.server.tokenFor('organizer');
  return (
    await env.server.json<Registration[]>('GET', `/api/meetings/${slug}/registrations`, { token })
  ).body;
}

/** Everything the phone's outbox holds, as text. */
const outboxText = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('liqa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(all.result));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );

const goOnline = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('online')));

describe('the check-in desk', () => {
  it('reads a QR ticket from a photo, offline, and says green; the same ticket typed again says amber', async () => {
    const { context, page } = await openDesk();
    const dir = mkdtempSync(path.join(tmpdir(), 'liqa-qr-'));
    const file = path.join(dir, 'ticket.png');
    writeFileSync(
      file,
      await QRCode.toBuffer(await ticketOf('Salma Ouazzani'), { type: 'png', margin: 4, scale: 8 }),
    );

    env.server.setReachable(false);
    try {
      await page.setInputFiles('input[name=ticketPhoto]', file);
      const green = await result(page);
      expect(green.verdict).toBe('checked-in');
      expect(green.text).toContain('Salma Ouazzani');
      expect(green.text).toContain('الورشة الأولى');
      await next(page);

      // Typed in lower case and without the dash: read all the same.
      await typeCode(page, ` ${(await codeOf('Salma Ouazzani')).toLowerCase().replace('-', '')} `);
      const amber = await result(page);
      expect(amber.verdict).toBe('already-checked-in');
      expect(amber.text).toMatch(/\d{2}:\d{2}/);
      await next(page);

      await typeCode(page, 'not-a-ticket-of-this-meeting');
      expect((await result(page)).verdict).toBe('unknown');
      await next(page);
      // Offline, the three events wait in the outbox as one batch.
      const queued = JSON.parse(await outboxText(page)) as Array<{
        kind: string;
        body: { events: unknown[] };
      }>;
      expect(queued.filter((e) => e.kind === 'checkin').map((e) => e.body.events.length)).toEqual([
        3,
      ]);
    } finally {
      env.server.setReachable(true);
    }
    await goOnline(page);
    const id = people['Salma Ouazzani'];
    await expect
      .poll(
        async () =>
          (await events())
            .filter((e) => e.registrationId === id)
            .map((e) => e.outcome)
            .sort(),
        { timeout: 20_000 },
      )
      .toEqual(['already-checked-in', 'checked-in']);
    await context.close();
  });

  it('two desks offline check in the same person: once, at the earliest scan, and the later desk turns amber', async () => {
    const name = 'يوسف التازي';
    const first = await openDesk();
    const second = await openDesk();
    env.server.setReachable(false);
    try {
      // Desk 1 even reloads with no network: the desk opens from the device alone.
      await first.page.reload();
      await first.page.locator('[data-roster=stored]').waitFor();
      await typeCode(first.page, await codeOf(name));
      expect((await result(first.page)).verdict).toBe('checked-in');
      await next(first.page);

      // Desks' clocks differ: desk 2's runs a minute ahead, so its scan is the later one.
      await second.page.clock.install({ time: Date.now() + 60_000 });
      await second.page.reload();
      await second.page.locator('[data-roster=stored]').waitFor();
      await searchAndPick(second.page, 'يوسف', name);
      expect((await result(second.page)).verdict).toBe('checked-in');
      await next(second.page);
      expect((await events()).filter((e) => e.registrationId === people[name])).toHaveLength(0);
    } finally {
      env.server.setReachable(true);
    }
    // The later scan is sent first (desk 1 may beat it on its own backoff: the rule holds both ways).
    const id = people[name];
    const sent = async () => (await events()).filter((e) => e.registrationId === id).length;
    await goOnline(second.page);
    await expect.poll(sent, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    await goOnline(first.page);
    await expect.poll(sent, { timeout: 20_000 }).toBe(2);

    const mine = (await events()).filter((e) => e.registrationId === id);
    expect(mine.map((e) => e.outcome).sort()).toEqual(['already-checked-in', 'checked-in']);
    const earliest = mine.map((e) => e.at).sort()[0];
    const person = (await registrations()).find((r) => r.id === id);
    expect(person?.checkedInAt).toBe(earliest);
    expect(new Set(mine.map((e) => e.deviceId)).size).toBe(2);

    // Desk 2 learns it was not first: amber now names desk 1, whose scan counts.
    const firstDesk = mine.find((e) => e.at === earliest)?.deviceId.split('~')[0] as string;
    // The fresh roster has come (its read answered) before the person is looked up again.
    await Promise.all([
      second.page.waitForResponse((r) => r.url().includes('/roster') && r.ok()),
      second.page.getByRole('button', { name: 'تحديث اللائحة' }).click(),
    ]);
    await searchAndPick(second.page, 'يوسف', name);
    expect((await result(second.page)).verdict).toBe('already-checked-in');
    await expect
      .poll(async () => (await result(second.page)).text, { timeout: 10_000 })
      .toContain(firstDesk);
    await first.context.close();
    await second.context.close();
  });

  it('names its meeting, and after "next" puts the focus back in an empty search box', async () => {
    const { context, page } = await openDesk();
    const title = (await env.server.json<{ title: { ar: string } }>('GET', `/api/meetings/${slug}`))
      .body.title.ar;
    // The title comes with the meeting, which the desk may still be reading from the device.
    await expect.poll(() => page.textContent('main')).toContain(title);
    await searchAndPick(page, 'فاطمه', 'فاطمة الزهراء العلوي');
    await result(page);
    await next(page);
    const search = page.locator('[name=search]');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await search.inputValue()).toBe('');
    await context.close();
  });

  it('finds أحمد when the desk types احمد, and fatima whatever the ta marbuta', async () => {
    const { context, page } = await openDesk();
    await page.getByRole('tab', { name: 'بالاسم' }).click();
    await page.fill('[name=search]', 'احمد');
    await page.getByRole('button', { name: /أحمد بنعلي/ }).waitFor();
    await page.fill('[name=search]', 'فاطمه الزهراء');
    await page.getByRole('button', { name: /فاطمة الزهراء العلوي/ }).waitFor();
    await context.close();
  });

  it('a walk-in registered offline reaches the server as a walk-in, checked in', async () => {
    const { context, page } = await openDesk();
    await page.getByRole('tab', { name: 'مشارك جديد' }).click();
    env.server.setReachable(false);
    try {
      await page.fill('[name=fullName]', 'خديجة الحضور');
      await page.check('input[name=gender][value=female]', { force: true });
      await page.check('input[name=ageBand][value="40-50"]', { force: true });
      await page.check('input[name=role][value=citizen]', { force: true });
      await page.selectOption('select[name=provinceCode]', 'casablanca');
      await page.fill('[name=phone]', '0612345678');
      await page.check('input[name=consent]', { force: true });
      await page.getByRole('button', { name: 'تسجيل وتسجيل الحضور' }).click();
      const green = await result(page);
      expect(green.verdict).toBe('checked-in');
      expect(green.text).toContain('خديجة الحضور');
      await next(page);
      expect((await registrations()).some((r) => r.fullName === 'خديجة الحضور')).toBe(false);
    } finally {
      env.server.setReachable(true);
    }
    await goOnline(page);
    await expect
      .poll(
        async () =>
          (await registrations()).find((r) => r.fullName === 'خديجة الحضور')?.checkedInAt ?? null,
        { timeout: 20_000 },
      )
      .not.toBeNull();
    const walkIn = (await registrations()).find((r) => r.fullName === 'خديجة الحضور');
    expect(walkIn?.source).toBe('walk-in');
    // Its contact details do not stay in the desk's outbox once the server has them.
    await expect.poll(() => outboxText(page)).not.toContain('612345678');
    await context.close();
  });

  it('two tabs of one desk phone: a walk-in and its check-in made in one show in the other without a reload, and turn sent there once synced', async () => {
    const { context, page: first } = await openDesk();
    const second = await context.newPage();
    await second.goto(`/staff/m/${slug}/checkin`);
    await second.locator('[data-roster=stored]').waitFor({ timeout: 20_000 });
    const name = 'حسناء الودغيري';
    const recent = second.locator('section[aria-labelledby=desk-recent-title] li', {
      hasText: name,
    });
    // Offline: the second tab cannot have it from the server, only from the first tab.
    env.server.setReachable(false);
    try {
      await first.getByRole('tab', { name: 'مشارك جديد' }).click();
      await first.fill('[name=fullName]', name);
      await first.check('input[name=gender][value=female]', { force: true });
      await first.check('input[name=ageBand][value="30-40"]', { force: true });
      await first.check('input[name=role][value=citizen]', { force: true });
      await first.selectOption('select[name=provinceCode]', 'tetouan');
      await first.fill('[name=phone]', '0611223344');
      await first.check('input[name=consent]', { force: true });
      await first.getByRole('button', { name: 'تسجيل وتسجيل الحضور' }).click();
      expect((await result(first)).verdict).toBe('checked-in');
      await next(first);

      await recent.waitFor();
      expect(await recent.getAttribute('data-synced')).toBe('false');
      await second.getByRole('tab', { name: 'بالاسم' }).click();
      await second.fill('[name=search]', 'حسناء');
      await second.getByRole('button', { name: new RegExp(name) }).waitFor();
    } finally {
      env.server.setReachable(true);
    }
    await goOnline(first);
    await expect.poll(() => recent.getAttribute('data-synced'), { timeout: 20_000 }).toBe('true');
    await context.close();
  });

  it('has no serious accessibility violations: ticket, result, walk-in and counts (axe-core)', async () => {
    const { context, page } = await openDesk();
    expect(await seriousViolations(page)).toEqual([]);
    await searchAndPick(page, 'مريم', 'مريم الفاسي');
    await result(page);
    expect(await seriousViolations(page)).toEqual([]);
    await next(page);
    await page.getByRole('tab', { name: 'مشارك جديد' }).click();
    await page.getByRole('button', { name: 'تسجيل وتسجيل الحضور' }).click(); // shows the errors
    await page.locator('[aria-invalid=true]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'الأعداد' }).click();
    await page.locator('[data-count=arrived] dd').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
