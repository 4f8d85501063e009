// Every export over HTTP: formulas neutralised, labels in the asker's language, local times,
// typed XLSX cells with a frozen, filtered header, and the cap on exports at once.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../tests/support/csv';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

let s: TestServer;
let organizer: string;
const slug = `exp-${randomUUID().slice(0, 8)}`;
const HOSTILE = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)', '-1+1'];

beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z', config: { exportConcurrency: 1 } });
  organizer = await s.tokenFor('organizer');
  const created = await s.json('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({ slug, eligibleRegions: undefined, timezone: 'Africa/Casablanca' }),
  });
  expect(created.status).toBe(201);
  for (const [i, fullName] of ['سناء العلمي', ...HOSTILE].entries()) {
    const res = await s.json('POST', `/api/meetings/${slug}/registrations`, {
      body: registrationBody({
        fullName,
        gender: i % 2 ? 'female' : 'male',
        role: 'elected',
        organization: i === 0 ? '=1+1' : 'جمعية',
        provinceCode: 'tanger-assilah',
        workshopId: 'w1',
      }),
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => s.close());

const get = (path: string, lang?: string) =>
  s.call('GET', path, { token: organizer, headers: lang ? { 'accept-language': lang } : {} });

async function csvRows(path: string, lang?: string): Promise<string[][]> {
  const res = await get(path, lang);
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for Arabic
  return parseCsv(new TextDecoder().decode(bytes));
}

async function workbook(path: string, lang?: string): Promise<ExcelJS.Workbook> {
  const res = await get(path, lang);
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}

describe('the registrations export', () => {
  it('neutralises every cell that would run as a formula in CSV', async () => {
    const rows = await csvRows(`/api/meetings/${slug}/registrations?format=csv`);
    const names = rows.slice(1).map((r) => r[0]);
    for (const hostile of HOSTILE) expect(names).toContain(`'${hostile}`);
    expect(names).toContain('سناء العلمي');
    expect(rows.slice(1).map((r) => r[4])).toContain("'=1+1");
  });

  it('writes hostile names as plain text in XLSX, never as formulas', async () => {
    const sheet = (await workbook(`/api/meetings/${slug}/registrations?format=xlsx`))
      .worksheets[0]!;
    const names: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(1).value);
    });
    for (const hostile of HOSTILE) expect(names).toContain(hostile);
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
  });

  it('labels codes in the asker’s language: Arabic by default, French and English on request', async () => {
    const ar = await csvRows(`/api/meetings/${slug}/registrations?format=csv`);
    expect(ar[0]?.[0]).toBe('الاسم الكامل');
    expect(ar.flat()).toEqual(
      expect.arrayContaining([
        'ذكر',
        'منتخب(ة) محلي(ة)',
        'طنجة أصيلة',
        'مقبول(ة)',
        'الورشة الأولى',
      ]),
    );
    const fr = await csvRows(`/api/meetings/${slug}/registrations?format=csv`, 'fr-FR,fr;q=0.9');
    expect(fr[0]?.[0]).toBe('Nom complet');
    expect(fr.flat()).toEqual(
      expect.arrayContaining([
        'Homme',
        'Femme',
        'Tanger-Assilah',
        'Acceptée',
        'Atelier 1',
        'Élu(e) local(e)',
      ]),
    );
    const en = await csvRows(`/api/meetings/${slug}/registrations?format=csv&lang=en`, 'fr');
    expect(en[0]?.[0]).toBe('Full name');
    expect(en.flat()).toEqual(
      expect.arrayContaining(['Male', 'Accepted', 'Local elected official']),
    );
    for (const raw of ['male', 'female', 'elected', 'tanger-assilah', 'accepted'])
      expect(fr.flat(), raw).not.toContain(raw);
  });

  it('gives times in the meeting’s local time: text in CSV, dates in XLSX', async () => {
    const rows = await csvRows(`/api/meetings/${slug}/registrations?format=csv&lang=en`);
    const at = rows[0]!.indexOf('Registered at');
    // Registered at 10:00 UTC on 23 November: 10:00 in Casablanca (UTC+0 since 2026-09-20).
    expect(rows[1]?.[at]).toBe('2026-11-23 10:00');
    const sheet = (await workbook(`/api/meetings/${slug}/registrations?format=xlsx&lang=en`))
      .worksheets[0]!;
    const cell = sheet.getRow(2).getCell(at + 1);
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('freezes the header, turns the filter on and sizes every column', async () => {
    const sheet = (await workbook(`/api/meetings/${slug}/registrations?format=xlsx`))
      .worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, rightToLeft: true });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).font?.bold).toBe(true);
    for (const column of sheet.columns) expect(column.width).toBeGreaterThanOrEqual(10);
    const fr = (await workbook(`/api/meetings/${slug}/registrations?format=xlsx`, 'fr'))
      .worksheets[0]!;
    expect(fr.views[0]?.rightToLeft).toBeFalsy();
  });
});

describe('the feedback export', () => {
  it('writes ratings as numbers and the kind as a label', async () => {
    const sent = await s.json('POST', `/api/meetings/${slug}/feedback`, {
      body: {
        id: randomUUID(),
        kind: 'on-site',
        ratings: { overall: 4 },
        problems: ['=cmd'],
        locale: 'fr',
      },
    });
    expect(sent.status).toBe(201);
    const sheet = (await workbook(`/api/meetings/${slug}/feedback?format=xlsx`, 'fr'))
      .worksheets[0]!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Note globale');
    expect(sheet.getRow(2).getCell(4).value).toBe(4);
    expect(sheet.getRow(2).getCell(2).value).toBe('Sur place');
    expect(sheet.getRow(2).getCell(9).value).toBe('=cmd');
    const rows = await csvRows(`/api/meetings/${slug}/feedback?format=csv`, 'fr');
    expect(rows[1]?.[8]).toBe("'=cmd");
    expect(rows[1]?.[13]).toBe('Français');
  });
});

describe('exports at once', () => {
  it('refuses one beyond the cap with 429 and Retry-After, and takes the next once it is done', async () => {
    const first = await get(`/api/meetings/${slug}/registrations?format=xlsx`);
    expect(first.status).toBe(200);
    const second = await get(`/api/meetings/${slug}/registrations?format=csv`);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(second.headers.get('content-type')).toMatch(/problem\+json/);
    await first.arrayBuffer();
    const third = await get(`/api/meetings/${slug}/registrations?format=csv`);
    expect(third.status).toBe(200);
    await third.text();
  });

  it('frees the slot when the download is abandoned', async () => {
    const first = await get(`/api/meetings/${slug}/registrations?format=xlsx`);
    await first.body?.cancel();
    const next = await get(`/api/meetings/${slug}/registrations?format=csv`);
    expect(next.status).toBe(200);
    await next.text();
  });
});
