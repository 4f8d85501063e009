// Programmes over HTTP: admins create and edit them, meetings join with programmeSlug, and the
// programme's numbers are its meetings' numbers — the seed meetings of Tangier (68) and
// Casablanca (60) in one programme, summed table by table; the public sees small cells hidden.
import { randomUUID } from 'node:crypto';
import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ProgrammeProposal,
  ProgrammeReport,
  ProposalsOpenData,
  PublicProgrammeReport,
} from '../../shared/api/programmes';
import { TABLE_NAMES, type ParticipantReport, type TableName } from '../../shared/reports/types';
import { suppressSmallCells } from '../domain/reports/privacy';
import { feedbackKit } from '../../tests/support/feedbackKit';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { CASABLANCA, TANGIER, buildSeedMeeting } from '../../tests/support/reportSeeds';

let s: TestServer;
let admin: string;
let organizer: string;
const PAN = 'pan3';

interface Problem {
  code: string;
  errors?: Array<{ path: string; message: string }>;
}

const inProgramme = (seed: typeof TANGIER) => ({
  ...seed,
  overrides: { ...seed.overrides, programmeSlug: PAN },
});

beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  admin = await s.tokenFor('admin');
  organizer = await s.tokenFor('organizer');
  const created = await s.json('POST', '/api/programmes', {
    token: admin,
    body: {
      slug: PAN,
      title: { ar: 'خطة العمل الوطنية الثالثة', fr: "Troisième plan d'action national" },
      description: { ar: 'لقاءات جهوية للإعداد المشترك' },
    },
  });
  expect(created.status).toBe(201);
  await buildSeedMeeting(s, inProgramme(TANGIER));
  await buildSeedMeeting(s, inProgramme(CASABLANCA));
}, 180_000);
afterAll(() => s.close());

const meetingReport = async (slug: string, basis: string) =>
  (
    await s.json<ParticipantReport>('GET', `/api/meetings/${slug}/report?basis=${basis}`, {
      token: organizer,
    })
  ).body;

function sumOf(a: ParticipantReport, b: ParticipantReport, table: TableName) {
  const x = a[table] as Record<string, number>;
  const y = b[table] as Record<string, number>;
  return Object.fromEntries(Object.keys(x).map((k) => [k, (x[k] ?? 0) + (y[k] ?? 0)]));
}

describe('creating and editing a programme', () => {
  it('lets only admins create one: 401 anonymous, 403 organizer', async () => {
    const body = { slug: 'other', title: { ar: 'برنامج' } };
    expect((await s.call('POST', '/api/programmes', { body })).status).toBe(401);
    expect((await s.call('POST', '/api/programmes', { body, token: organizer })).status).toBe(403);
  });

  it('refuses a taken slug and a missing Arabic title, in the asker’s language', async () => {
    const taken = await s.json<Problem>('POST', '/api/programmes', {
      token: admin,
      body: { slug: PAN, title: { ar: 'مكرر' } },
      headers: { 'accept-language': 'fr' },
    });
    expect(taken.status).toBe(422);
    expect(taken.body.errors?.[0]).toMatchObject({ path: 'slug' });
    expect(taken.body.errors?.[0]?.message).toMatch(/programme/);
    const untitled = await s.json<Problem>('POST', '/api/programmes', {
      token: admin,
      body: { slug: 'untitled', title: { fr: 'Sans titre' } },
    });
    expect(untitled.status).toBe(422);
    expect(untitled.body.errors?.map((e) => e.path)).toEqual(['title.ar']);
  });

  it('edits the title and clears the description, keeping the slug', async () => {
    await s.json('POST', '/api/programmes', {
      token: admin,
      body: { slug: 'edit-me', title: { ar: 'قديم' }, description: { ar: 'وصف' } },
    });
    const edited = await s.json<{ slug: string; title: unknown; description: unknown }>(
      'PATCH',
      '/api/programmes/edit-me',
      { token: admin, body: { title: { ar: 'جديد', fr: 'Nouveau' }, description: null } },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      slug: 'edit-me',
      title: { ar: 'جديد', fr: 'Nouveau' },
      description: null,
    });
    expect(
      (await s.call('PATCH', '/api/programmes/edit-me', { token: organizer, body: {} })).status,
    ).toBe(403);
    expect(
      (await s.call('PATCH', '/api/programmes/nowhere', { token: admin, body: {} })).status,
    ).toBe(404);
  });
});

describe('meetings joining a programme', () => {
  it('refuses an unknown programme on programmeSlug', async () => {
    const res = await s.json<Problem>('POST', '/api/meetings', {
      token: organizer,
      body: meetingBody({ slug: 'lost', programmeSlug: 'no-such-programme' }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => e.path)).toEqual(['programmeSlug']);
  });

  it('shows published meetings only, in the order they take place, with venue and window', async () => {
    await s.json('POST', '/api/meetings', {
      token: organizer,
      body: meetingBody({ slug: 'draft-in-pan', programmeSlug: PAN, status: 'draft' }),
    });
    const { status, body } = await s.json<{
      slug: string;
      meetings: Array<{ slug: string; venue: { provinceCode: string }; registrationState: string }>;
    }>('GET', `/api/programmes/${PAN}`);
    expect(status).toBe(200);
    expect(body.meetings.map((m) => m.slug)).toEqual([TANGIER.slug, CASABLANCA.slug]);
    expect(body.meetings[1]).toMatchObject({
      startsAt: '2026-12-19T09:00:00+00:00',
      venue: { provinceCode: 'casablanca' },
      registrationState: 'open',
    });
    const list = await s.json<Array<{ slug: string }>>('GET', '/api/programmes');
    expect(list.body.map((p) => p.slug)).toContain(PAN);
    expect((await s.call('GET', '/api/programmes/nowhere')).status).toBe(404);
  });

  it('leaves a programme when programmeSlug is removed', async () => {
    await s.json('POST', '/api/meetings', {
      token: organizer,
      body: meetingBody({ slug: 'leaver', programmeSlug: PAN }),
    });
    const left = await s.json<{ programmeSlug?: string }>('PATCH', '/api/meetings/leaver', {
      token: organizer,
      body: { programmeSlug: null },
    });
    expect(left.status).toBe(200);
    expect(left.body.programmeSlug).toBeUndefined();
    const { body } = await s.json<{ meetings: Array<{ slug: string }> }>(
      'GET',
      `/api/programmes/${PAN}`,
    );
    expect(body.meetings.map((m) => m.slug)).not.toContain('leaver');
  });
});

describe('the same numbers everywhere', () => {
  for (const basis of ['attended', 'accepted', 'registered'] as const) {
    it(`sums Tangier and Casablanca table by table (${basis})`, async () => {
      const [tangier, casablanca] = await Promise.all([
        meetingReport(TANGIER.slug, basis),
        meetingReport(CASABLANCA.slug, basis),
      ]);
      const { status, body } = await s.json<ProgrammeReport>(
        'GET',
        `/api/programmes/${PAN}/dashboard/report?basis=${basis}`,
        { token: organizer },
      );
      expect(status).toBe(200);
      expect(body.total).toBe(tangier.total + casablanca.total);
      for (const table of TABLE_NAMES) {
        expect(body[table], table).toEqual(sumOf(tangier, casablanca, table));
      }
      expect(body.byMeeting).toMatchObject({
        [TANGIER.slug]: tangier.total,
        [CASABLANCA.slug]: casablanca.total,
      });
    });
  }

  it('gives 128 attended, 68 + 60, with the seed tables summed', async () => {
    const { body } = await s.json<ProgrammeReport>('GET', `/api/programmes/${PAN}/report`);
    expect(body.total).toBe(128);
    expect(body.byMeeting).toEqual({ [TANGIER.slug]: 68, [CASABLANCA.slug]: 60 });
    expect(body.byAgeBand).toEqual({
      '18-30': 18,
      '30-40': 31,
      '40-50': 23,
      '50-60': 28,
      '60+': 10,
      unknown: 18,
    });
    expect(body.byGender).toEqual({ female: 66, male: 62 });
    expect(body.byRole).toMatchObject({ elected: 8, association: 75, academic: 16, expert: 6 });
  });

  it('hides cells of 1 or 2 people in the public form, as the shared rule does', async () => {
    const [publicForm, full] = await Promise.all([
      s.json<PublicProgrammeReport>('GET', `/api/programmes/${PAN}/report`),
      s.json<ProgrammeReport>('GET', `/api/programmes/${PAN}/dashboard/report`, {
        token: organizer,
      }),
    ]);
    // The draft meeting counts for the organizers only.
    const { 'draft-in-pan': draft, ...published } = full.body.byMeeting;
    expect(draft).toBe(0);
    const shown: ProgrammeReport = { ...full.body, byMeeting: published };
    expect(publicForm.body).toEqual(suppressSmallCells(shown, 3));
    // Fès sent 2 people, Tangier's Rabat 2: hidden; Tanger-Assilah's 43 shown.
    expect(publicForm.body.byProvince.fes).toBeNull();
    expect(publicForm.body.byProvince['tanger-assilah']).toBe(43);
    for (const table of TABLE_NAMES) {
      for (const n of Object.values(publicForm.body[table] as Record<string, number | null>))
        expect(n === null || n === 0 || n >= 3).toBe(true);
    }
  });

  it('hides small cells from an organizer whose team holds none of the meetings summed', async () => {
    const email = `other-team-${randomUUID().slice(0, 6)}@assoc.ma`;
    await s.json('POST', '/api/users', {
      token: admin,
      body: { email, password: 'other-team-pass-1', role: 'organizer' },
    });
    const login = await s.json<{ token: string }>('POST', '/api/auth/login', {
      body: { email, password: 'other-team-pass-1' },
    });
    const [theirs, outsider] = await Promise.all([
      s.json<ProgrammeReport>('GET', `/api/programmes/${PAN}/dashboard/report`, {
        token: organizer,
      }),
      s.json<PublicProgrammeReport>('GET', `/api/programmes/${PAN}/dashboard/report`, {
        token: login.body.token,
      }),
    ]);
    // Their own team's meetings: every cell, Fès's 2 people included.
    expect(theirs.body.byProvince.fes).toBe(2);
    expect(outsider.status).toBe(200);
    expect(outsider.body.total).toBe(theirs.body.total);
    expect(outsider.body.byProvince.fes).toBeNull();
    // Another team's draft is not theirs to see, even as a count.
    const { 'draft-in-pan': _draft, ...published } = theirs.body.byMeeting;
    const shown: ProgrammeReport = { ...theirs.body, byMeeting: published };
    expect(outsider.body).toEqual(suppressSmallCells(shown, 3));
  });

  it('gives the public report as CSV, XLSX and JSON files with the same numbers', async () => {
    const json = await s.call('GET', `/api/programmes/${PAN}/report?format=json`);
    expect(json.headers.get('content-disposition')).toMatch(/attachment/);
    expect(((await json.json()) as ProgrammeReport).total).toBe(128);
    const xlsx = await s.call('GET', `/api/programmes/${PAN}/report?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const ages = book.getWorksheet('الفئة العمرية');
    expect(ages?.getRow(2).getCell(2).value).toBe(18);
    const csv = await (await s.call('GET', `/api/programmes/${PAN}/report?format=csv`)).text();
    expect(csv).toContain('<3');
    const refused = await s.json<Problem>('GET', `/api/programmes/${PAN}/report?format=pdf`);
    expect(refused.status).toBe(422);
  });
});

describe("the programme's proposals as open data", () => {
  let kept: string;
  let hidden: string;
  beforeAll(async () => {
    const kit = feedbackKit(s);
    const tangier = await kit.post(
      TANGIER.slug,
      kit.body({ solutions: ['منصة وطنية للعرائض', '=HYPERLINK("x")'] }),
    );
    const casablanca = await kit.post(
      CASABLANCA.slug,
      kit.body({ solutions: ['نشر الميزانيات المحلية'] }),
    );
    [kept, hidden] = tangier.body.proposals as [string, string];
    const decided = await s.json('PATCH', `/api/proposals/${casablanca.body.proposals[0]}`, {
      token: organizer,
      body: {
        status: 'not-retained',
        explanation: 'يدخل في اختصاص الجماعات',
        institution: 'وزارة الداخلية',
      },
    });
    expect(decided.status).toBe(200);
    await s.json('PATCH', `/api/proposals/${hidden}`, { token: organizer, body: { hidden: true } });
  });

  it('lists every public proposal of its meetings with meeting, fate and institution', async () => {
    const { body } = await s.json<ProgrammeProposal[]>('GET', `/api/programmes/${PAN}/proposals`);
    expect(body.map((p) => p.meetingSlug)).toEqual([TANGIER.slug, CASABLANCA.slug]);
    expect(body[0]).toMatchObject({ id: kept, text: 'منصة وطنية للعرائض', status: 'received' });
    expect(body[1]).toMatchObject({
      status: 'not-retained',
      explanation: 'يدخل في اختصاص الجماعات',
      institution: 'وزارة الداخلية',
      workshopId: 'w1',
    });
    expect(body.map((p) => p.id)).not.toContain(hidden);
  });

  it('names the licence and the date of extraction in the JSON and CSV files', async () => {
    const res = await s.call('GET', `/api/programmes/${PAN}/proposals?format=json`);
    expect(res.headers.get('content-disposition')).toMatch(/proposals-pan3-2026-11-23\.json/);
    const data = (await res.json()) as ProposalsOpenData;
    expect(data.licence.id).toBe('CC-BY-4.0');
    expect(data.extractedAt).toBe('2026-11-23T10:00:00+00:00');
    expect(data.proposals).toHaveLength(2);

    const csv = await s.call('GET', `/api/programmes/${PAN}/proposals?format=csv`);
    expect(csv.headers.get('link')).toContain('creativecommons.org/licenses/by/4.0');
    const rows = await new Promise<Array<Record<string, string>>>((resolve, reject) => {
      const out: Array<Record<string, string>> = [];
      csv.text().then(
        (text) =>
          parseString(text.replace(/^\uFEFF/, ''), { headers: true })
            .on('data', (row: Record<string, string>) => out.push(row))
            .on('error', reject)
            .on('end', () => resolve(out)),
        reject,
      );
    });
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      meetingSlug: CASABLANCA.slug,
      status: 'not-retained',
      institution: 'وزارة الداخلية',
      extractedAt: '2026-11-23T10:00:00+00:00',
    });
    expect(rows[1]?.licence).toContain('creativecommons.org');
  });
});

describe("the organizers' dashboard", () => {
  it('counts each meeting: registered, accepted, attended, feedback, proposals by fate', async () => {
    const { status, body, res } = await s.json<{
      meetings: Array<{
        slug: string;
        status: string;
        mayAct: boolean;
        counts: { registered: number; attended: number; feedback: number; proposals: object };
      }>;
      proposals: Array<{ id: string; meetingSlug: string; hidden: boolean; mayAct: boolean }>;
    }>('GET', `/api/programmes/${PAN}/dashboard`, { token: organizer });
    expect(status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const tangier = body.meetings.find((m) => m.slug === TANGIER.slug);
    expect(tangier).toMatchObject({
      mayAct: true,
      counts: {
        registered: 68,
        accepted: 68,
        attended: 68,
        feedback: 1,
        proposals: { received: 1, 'under-study': 0, retained: 0, 'not-retained': 0 },
      },
    });
    expect(body.meetings.find((m) => m.slug === 'draft-in-pan')?.status).toBe('draft');
    // The organizer's own meetings: hidden proposals too, for them to unhide.
    expect(body.proposals.filter((p) => p.meetingSlug === TANGIER.slug)).toHaveLength(2);
  });

  it("lets an organizer act only on their team's meetings", async () => {
    await s.json('POST', '/api/meetings', {
      token: admin,
      body: meetingBody({ slug: 'admins-own', programmeSlug: PAN }),
    });
    await s.json('POST', '/api/meetings', {
      token: admin,
      body: meetingBody({ slug: 'admins-draft', programmeSlug: PAN, status: 'draft' }),
    });
    const kit = feedbackKit(s);
    const theirs = await kit.post('admins-own', kit.body({ solutions: ['مقترح لقاء آخر'] }));
    const refused = await s.call('PATCH', `/api/proposals/${theirs.body.proposals[0]}`, {
      token: organizer,
      body: { status: 'retained' },
    });
    expect(refused.status).toBe(403);
    const { body } = await s.json<{ meetings: Array<{ slug: string; mayAct: boolean }> }>(
      'GET',
      `/api/programmes/${PAN}/dashboard`,
      { token: organizer },
    );
    expect(body.meetings.find((m) => m.slug === 'admins-own')?.mayAct).toBe(false);
    // Another team's draft is not even listed to this organizer.
    expect(body.meetings.map((m) => m.slug)).not.toContain('admins-draft');
    expect(body.meetings.find((m) => m.slug === TANGIER.slug)?.mayAct).toBe(true);
    const asAdmin = await s.json<{ meetings: Array<{ slug: string; mayAct: boolean }> }>(
      'GET',
      `/api/programmes/${PAN}/dashboard`,
      { token: admin },
    );
    expect(asAdmin.body.meetings.every((m) => m.mayAct)).toBe(true);
    expect(asAdmin.body.meetings.map((m) => m.slug)).toContain('admins-draft');
  });

  it('keeps the dashboard and evidence from the public and the desk', async () => {
    const desk = await s.tokenFor('checkin');
    for (const path of ['dashboard', 'dashboard/report', 'evidence']) {
      expect((await s.call('GET', `/api/programmes/${PAN}/${path}`)).status).toBe(401);
      expect((await s.call('GET', `/api/programmes/${PAN}/${path}`, { token: desk })).status).toBe(
        403,
      );
    }
  });

  it('gives the evidence pack as one workbook: timeline, participation, proposals with fate', async () => {
    const res = await s.call('GET', `/api/programmes/${PAN}/evidence`, { token: organizer });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'مسار اللقاءات',
        'الفئة العمرية',
        'الجنس حسب اللقاء',
        'المقترحات ومآلها',
      ]),
    );
    const timeline = book.getWorksheet('مسار اللقاءات');
    const tangierRow = timeline
      ?.getRows(2, timeline.rowCount - 1)
      ?.find((r) => r.getCell(2).value === TANGIER.slug);
    expect(tangierRow?.getCell(10).value).toBe(68); // attended
    const byGender = book.getWorksheet('الجنس حسب اللقاء');
    const last = byGender?.getRow(byGender.rowCount);
    expect([last?.getCell(2).value, last?.getCell(3).value, last?.getCell(4).value]).toEqual([
      66, 62, 128,
    ]);
    const proposals = book.getWorksheet('المقترحات ومآلها');
    expect(proposals?.rowCount).toBe(4); // heading + 3 public proposals (the hidden one left out)
  });

  it('gives the evidence pack in French to a French organizer: sheets, headings, labels', async () => {
    const res = await s.call('GET', `/api/programmes/${PAN}/evidence`, {
      token: organizer,
      headers: { 'accept-language': 'fr' },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        'Calendrier des rencontres',
        "Tranche d'âge",
        'Genre par rencontre',
        'Propositions et leur sort',
      ]),
    );
    expect(book.worksheets.some((w) => w.views[0]?.rightToLeft)).toBe(false);
    const timeline = book.getWorksheet('Calendrier des rencontres');
    expect(timeline?.getRow(1).getCell(1).value).toBe('Rencontre');
    expect(timeline?.getRow(1).getCell(10).value).toBe('Présents');
    const starts = timeline?.getRow(2).getCell(3).value;
    expect(starts).toBeInstanceOf(Date); // a date the spreadsheet sorts, not ISO text
    expect(timeline?.getRow(2).getCell(3).numFmt).toMatch(/yyyy/);
    const byGender = book.getWorksheet('Genre par rencontre');
    expect(byGender?.getRow(1).getCell(2).value).toBe('Femme');
    expect(byGender?.getRow(byGender.rowCount).getCell(1).value).toBe('Tout le programme');
    const fates = book.getWorksheet('Propositions et leur sort')?.getColumn(4).values ?? [];
    expect(fates.slice(2)).toHaveLength(3);
    expect(
      fates
        .slice(2)
        .every((f) => ['Reçue', 'À l’étude', 'Retenue', 'Non retenue'].includes(String(f))),
    ).toBe(true);
  });
});
