// The report as files: CSV (UTF-8 with BOM, one section per table) and XLSX (one right-to-left
// sheet per table), every word in the asker's language (Arabic by default, French or English by
// Accept-Language or ?lang=), read back and compared with the JSON.
import { parseCsv } from '../../tests/support/csv';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../../shared/geo';
import { TABLE_HEADINGS } from '../../shared/reports/labels';
import { TABLE_NAMES, type ParticipantReport, type TableName } from '../../shared/reports/types';
import { startTestServer, type TestServer } from '../../tests/support/harness';
import { TANGIER, buildSeedMeeting } from '../../tests/support/reportSeeds';

let s: TestServer;
let organizer: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
  await buildSeedMeeting(s, TANGIER);
}, 60_000);
afterAll(() => s.close());

type Cell = string | number | null;

/** The table a section's first heading names, in whichever language the file speaks. */
const tableOf = (heading: Cell) =>
  TABLE_NAMES.find((t) => Object.values(TABLE_HEADINGS[t]).includes(heading));

/** Each table's cells by code, read from a file's sections (heading row, then label | n | code). */
function tablesOf(sections: Cell[][][]): Partial<Record<TableName, Record<string, Cell>>> {
  const out: Partial<Record<TableName, Record<string, Cell>>> = {};
  for (const [heading, ...rows] of sections) {
    const table = tableOf(heading?.[0] ?? null);
    if (table)
      out[table] = Object.fromEntries(
        rows.filter((r) => r[2]).map((r) => [String(r[2]), r[1] ?? null]),
      );
  }
  return out;
}

const fetchReport = (query: string, headers: Record<string, string> = {}) =>
  s.call('GET', `/api/meetings/${TANGIER.slug}/report${query}`, { token: organizer, headers });

async function csvSections(
  query: string,
): Promise<{ res: Response; text: string; sections: Cell[][][] }> {
  const res = await fetchReport(query);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  const sections: Cell[][][] = [[]];
  for (const row of parseCsv(text.replace(/^\uFEFF/, ''))) {
    if (row.every((c) => c === '')) sections.push([]);
    else
      sections[sections.length - 1]?.push(
        row.map((c, i) => (i === 1 && /^\d+$/.test(c) ? Number(c) : c)),
      );
  }
  return { res, text, sections };
}

describe('the report as CSV', () => {
  it('starts with a BOM and holds every table of the JSON, in Arabic for an Arabic asker', async () => {
    const json = (await (await fetchReport('')).json()) as ParticipantReport;
    const { res, text, sections } = await csvSections('?format=csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="report-${TANGIER.slug}-attended.csv"`,
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('الفئة العمرية,عدد المشاركين,الرمز');
    expect(text).toContain('ما بين 18 و 30 سنة,');
    expect(text).not.toContain('Entre 18 et 30 ans');
    const tables = tablesOf(sections);
    for (const table of TABLE_NAMES) expect(tables[table], table).toEqual(json[table]);
    const ages = sections.find((rows) => tableOf(rows[0]?.[0] ?? null) === 'byAgeBand') ?? [];
    expect(ages.at(-1)).toEqual(['المجموع', 68, '']);
    expect(sections[0]).toContainEqual(['العدد الإجمالي', 68]);
    const regions = sections.find((rows) => tableOf(rows[0]?.[0] ?? null) === 'byRegion') ?? [];
    expect(regions.slice(1, -1).map((r) => r[2])).toEqual([...REGION_CODES]);
  });

  it('shows hidden small cells as "<3" where the JSON has null', async () => {
    const json = (await (await fetchReport('?minCell=3')).json()) as ParticipantReport<
      number | null
    >;
    const tables = tablesOf((await csvSections('?format=csv&minCell=3')).sections);
    expect(tables.byRole?.elected).toBe('<3');
    for (const table of TABLE_NAMES) {
      const expected = Object.fromEntries(
        Object.entries(json[table]).map(([k, n]) => [k, n === null ? '<3' : n]),
      );
      expect(tables[table], table).toEqual(expected);
    }
  });
});

describe('the report as XLSX', () => {
  it('has one right-to-left sheet per table, equal to the JSON', async () => {
    const json = (await (await fetchReport('?basis=registered')).json()) as ParticipantReport;
    const res = await fetchReport('?basis=registered&format=xlsx');
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'المشاركون',
      ...TABLE_NAMES.map((t) => TABLE_HEADINGS[t].ar),
    ]);
    expect(book.worksheets.every((w) => w.views[0]?.rightToLeft)).toBe(true);
    const sections = book.worksheets.map((w) => {
      const rows: Cell[][] = [];
      w.eachRow((row) => rows.push((row.values as Cell[]).slice(1)));
      return rows;
    });
    const tables = tablesOf(sections);
    for (const table of TABLE_NAMES) expect(tables[table], table).toEqual(json[table]);
  });
});

/** A workbook read back: each sheet's name, direction and rows. */
async function workbook(res: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book.worksheets.map((w) => {
    const rows: Cell[][] = [];
    w.eachRow((row) => rows.push((row.values as Cell[]).slice(1)));
    return { name: w.name, rtl: Boolean(w.views[0]?.rightToLeft), rows };
  });
}

describe("the report in the asker's language", () => {
  it('is all French for a French asker: sheet names, headings, labels, left to right', async () => {
    const sheets = await workbook(await fetchReport('?format=xlsx', { 'accept-language': 'fr' }));
    expect(sheets.map((w) => w.name)).toEqual([
      'Participants',
      ...TABLE_NAMES.map((t) => TABLE_HEADINGS[t].fr),
    ]);
    expect(sheets.some((w) => w.rtl)).toBe(false);
    const [summary, ages] = sheets;
    expect(summary?.rows[0]).toEqual(['Rubrique', 'Valeur']);
    expect(summary?.rows).toContainEqual(['Nombre total', 68]);
    expect(summary?.rows).toContainEqual(['Base', 'Présents']);
    expect(summary?.rows).toContainEqual(['Date', '2026-12-12 09:00']); // the meeting's wall time
    expect(ages?.rows[0]).toEqual(["Tranche d'âge", 'Nombre de participants', 'Code']);
    expect(ages?.rows[1]?.[0]).toBe('Entre 18 et 30 ans');
    expect(ages?.rows.at(-1)?.slice(0, 2)).toEqual(['Total', 68]);
    // No Arabic letter anywhere but in the meeting's own title (given in Arabic only).
    const arabic = /[\u0600-\u06ff]/;
    const cells = sheets.flatMap((w) => w.rows.slice(w === summary ? 2 : 0).flat());
    expect(cells.filter((c) => typeof c === 'string' && arabic.test(c))).toEqual([]);
  });

  it('is all Arabic, right to left, when ?lang=ar overrides a French browser', async () => {
    const sheets = await workbook(
      await fetchReport('?format=xlsx&lang=ar', { 'accept-language': 'fr' }),
    );
    expect(sheets.map((w) => w.name)).toEqual([
      'المشاركون',
      ...TABLE_NAMES.map((t) => TABLE_HEADINGS[t].ar),
    ]);
    expect(sheets.every((w) => w.rtl)).toBe(true);
    const [summary, ages] = sheets;
    expect(summary?.rows).toContainEqual(['العدد الإجمالي', 68]);
    expect(ages?.rows[0]).toEqual(['الفئة العمرية', 'عدد المشاركين', 'الرمز']);
    expect(ages?.rows[1]?.[0]).toBe('ما بين 18 و 30 سنة');
    const latin = /[A-Za-zÀ-ÿ]{3,}/;
    const words = sheets.flatMap((w) => w.rows.flatMap((r) => r.filter((_, i) => i !== 2)));
    expect(words.filter((c) => typeof c === 'string' && latin.test(c))).toEqual([]);
  });

  it('is English for an English asker', async () => {
    const sheets = await workbook(await fetchReport('?format=xlsx', { 'accept-language': 'en' }));
    expect(sheets[1]?.name).toBe('Age band');
    expect(sheets[1]?.rows[0]).toEqual(['Age band', 'Number of participants', 'Code']);
    expect(sheets[1]?.rows[1]?.[0]).toBe('18 to 30');
  });
});

describe('the programme report as a file', () => {
  it('adds a sheet of the meetings with their totals', async () => {
    const res = await s.call('GET', '/api/reports?from=2026-12-01&to=2026-12-31&format=csv', {
      token: organizer,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="report-2026-12-01-2026-12-31-attended.csv"',
    );
    // Start times are the meeting's wall time, as a spreadsheet reads a date.
    expect(await res.text()).toContain(`,2026-12-12 09:00,68,${TANGIER.slug}`);
  });
});
