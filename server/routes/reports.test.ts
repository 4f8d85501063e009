// Participant reports over HTTP, with the seed reports' own numbers: Tangier (68 attended) and
// Casablanca (60) rebuilt from registrations and check-ins, every table asserted, zeros too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import {
  CASABLANCA,
  TANGIER,
  buildSeedMeeting,
  checkIn,
  registerPeople,
  seedPeople,
} from '../../tests/support/reportSeeds';
import type {
  ParticipantReport,
  ProgrammeReport,
  SuppressedReport,
} from '../../shared/reports/types';
import { PROVINCE_CODES, REGION_CODES } from '../../shared/geo';

let s: TestServer;
let organizer: string;

const provinces = (counts: Record<string, number>) => ({
  ...Object.fromEntries(PROVINCE_CODES.map((c) => [c, 0])),
  ...counts,
});
const regions = (counts: Record<string, number>) =>
  ({
    ...Object.fromEntries(REGION_CODES.map((c) => [c, 0])),
    ...counts,
  }) as ParticipantReport['byRegion'];

const TANGIER_ATTENDED: ParticipantReport = {
  basis: 'attended',
  total: 68,
  noShows: 5,
  byAgeBand: { '18-30': 7, '30-40': 15, '40-50': 11, '50-60': 14, '60+': 7, unknown: 14 },
  byRole: {
    elected: 2,
    association: 42,
    public_sector: 4,
    academic: 5,
    citizen: 9,
    expert: 6,
    other: 0,
  },
  byGender: { female: 30, male: 38 },
  byRegion: regions({ '01': 62, '03': 2, '04': 2, '06': 2 }),
  byProvince: provinces({
    'tanger-assilah': 40,
    tetouan: 14,
    'al-hoceima': 4,
    larache: 4,
    casablanca: 2,
    rabat: 2,
    fes: 2,
  }),
  byAccessibility: {
    wheelchair: 4,
    sign_language: 1,
    braille: 1,
    large_print: 1,
    companion: 1,
    other: 0,
    none: 62,
  },
  bySource: { online: 58, invited: 2, 'walk-in': 8 },
};

const CASABLANCA_ATTENDED: ParticipantReport = {
  basis: 'attended',
  total: 60,
  noShows: 0,
  byAgeBand: { '18-30': 11, '30-40': 16, '40-50': 12, '50-60': 14, '60+': 3, unknown: 4 },
  byRole: {
    elected: 6,
    association: 33,
    public_sector: 6,
    academic: 11,
    citizen: 4,
    expert: 0,
    other: 0,
  },
  byGender: { female: 36, male: 24 },
  byRegion: regions({ '06': 54, '01': 3, '02': 3 }),
  byProvince: provinces({
    casablanca: 30,
    mohammedia: 10,
    settat: 8,
    'el-jadida': 6,
    'tanger-assilah': 3,
    'oujda-angad': 3,
  }),
  byAccessibility: {
    wheelchair: 0,
    sign_language: 0,
    braille: 0,
    large_print: 0,
    companion: 0,
    other: 2,
    none: 58,
  },
  bySource: { online: 48, invited: 3, 'walk-in': 9 },
};

// Beside Tangier's 68: 5 accepted who never came, 1 rejected, 1 waitlisted (all women over 60,
// experts, from Tétouan) and 3 who cancelled (men, age unknown, "other" capacity).
const extra = (overrides: Record<string, unknown>) =>
  seedPeople({
    ...TANGIER,
    ageBands: [0, 0, 0, 0, 0, 1],
    roles: { expert: 1 },
    genders: { female: 1, male: 0 },
    places: [{ provinceCode: 'tetouan', source: 'online', count: 1 }],
    needs: [],
  }).map((p) => ({ ...p, ageBand: '60+', ...overrides }))[0] as Record<string, unknown>;

beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
  await buildSeedMeeting(s, TANGIER);
  await buildSeedMeeting(s, CASABLANCA);
  const slug = TANGIER.slug;
  await registerPeople(
    s,
    slug,
    Array.from({ length: 5 }, () => extra({})),
  );
  // Cancelled first: a cancellation would promote the waitlisted person.
  const leaving = await registerPeople(
    s,
    slug,
    Array.from({ length: 3 }, () => extra({ gender: 'male', ageBand: 'unknown', role: 'other' })),
  );
  for (const id of leaving)
    expect(
      (await s.call('POST', `/api/registrations/${id}/cancel`, { token: organizer })).status,
    ).toBe(200);
  const [rejected, waitlisted] = await registerPeople(s, slug, [extra({}), extra({})]);
  const decided = await s.json('POST', `/api/meetings/${slug}/registrations/decisions`, {
    token: organizer,
    body: {
      decisions: [
        { id: rejected, status: 'rejected' },
        { id: waitlisted, status: 'waitlisted' },
      ],
    },
  });
  expect(decided.status).toBe(200);
}, 120_000);
afterAll(() => s.close());

const report = <T = ParticipantReport>(slug: string, query = '', token = organizer) =>
  s.json<T>('GET', `/api/meetings/${slug}/report${query}`, { token });

describe("a meeting's report", () => {
  it("gives Tangier's tables as the seed prints them (68 attended), every key present", async () => {
    const { status, body } = await report(TANGIER.slug);
    expect(status).toBe(200);
    expect(body).toEqual(TANGIER_ATTENDED);
  });

  it("gives Casablanca's (60 attended), zeros included", async () => {
    expect((await report(CASABLANCA.slug, '?basis=attended')).body).toEqual(CASABLANCA_ATTENDED);
  });

  it('counts no-shows among the accepted, but not the rejected, waitlisted or cancelled', async () => {
    const { body } = await report(TANGIER.slug, '?basis=accepted');
    expect(body.basis).toBe('accepted');
    expect(body.total).toBe(73);
    expect(body.noShows).toBe(5);
    expect(body.byAgeBand).toEqual({ ...TANGIER_ATTENDED.byAgeBand, '60+': 12 });
    expect(body.byRole).toEqual({ ...TANGIER_ATTENDED.byRole, expert: 11 });
    expect(body.byGender).toEqual({ female: 35, male: 38 });
    expect(body.byProvince.tetouan).toBe(19);
    expect(body.bySource).toEqual({ online: 63, invited: 2, 'walk-in': 8 });
  });

  it('counts every registration but the cancelled ones on the registered basis', async () => {
    const { body } = await report(TANGIER.slug, '?basis=registered');
    expect(body.total).toBe(75);
    expect(body.byGender).toEqual({ female: 37, male: 38 });
    expect(body.byRole.other).toBe(0);
    expect(body.byAgeBand).toEqual({ ...TANGIER_ATTENDED.byAgeBand, '60+': 14 });
    expect(body.byAccessibility.none).toBe(62 + 7);
  });

  it('refuses an unknown basis with a validation error on basis', async () => {
    const { status, body } = await report<{ code: string; errors: Array<{ path: string }> }>(
      TANGIER.slug,
      '?basis=everyone',
    );
    expect(status).toBe(422);
    expect(body.code).toBe('validation');
    expect(body.errors.map((e) => e.path)).toEqual(['basis']);
  });

  it('answers 404 for an unknown meeting', async () => {
    expect((await report('nowhere')).status).toBe(404);
  });
});

describe('who may read reports', () => {
  it('answers 401 to anonymous callers and 403 to check-in staff, on both endpoints', async () => {
    const desk = await s.tokenFor('checkin');
    for (const path of [`/api/meetings/${TANGIER.slug}/report`, '/api/reports']) {
      expect((await s.call('GET', path)).status).toBe(401);
      expect((await s.call('GET', path, { token: desk })).status).toBe(403);
    }
  });
});

describe('hiding small cells (minCell)', () => {
  it('nulls and flags cells under the threshold, with their complement, and keeps the total', async () => {
    const { body } = await report<SuppressedReport>(TANGIER.slug, '?minCell=3');
    expect(body.minCell).toBe(3);
    expect(body.total).toBe(68);
    // Elected (2) is hidden, and public sector (4), the next smallest, so that 68 − … cannot tell it.
    expect(body.byRole).toEqual({
      elected: null,
      association: 42,
      public_sector: null,
      academic: 5,
      citizen: 9,
      expert: 6,
      other: 0,
    });
    expect(body.suppressed.byRole).toEqual({ elected: true, public_sector: true });
    expect(body.byGender).toEqual({ female: 30, male: 38 });
    expect(body.suppressed.byGender).toBeUndefined();
  });

  it('refuses a threshold below 2', async () => {
    expect((await report(TANGIER.slug, '?minCell=1')).status).toBe(422);
  });
});

describe('across meetings', () => {
  it('sums the meetings that start within the dates, each with its total', async () => {
    const { status, body } = await s.json<ProgrammeReport>(
      'GET',
      '/api/reports?from=2026-12-01&to=2026-12-31',
      { token: organizer },
    );
    expect(status).toBe(200);
    expect(body.total).toBe(128);
    expect(body.byAgeBand).toEqual({
      '18-30': 18,
      '30-40': 31,
      '40-50': 23,
      '50-60': 28,
      '60+': 10,
      unknown: 18,
    });
    expect(body.byRole).toEqual({
      elected: 8,
      association: 75,
      public_sector: 10,
      academic: 16,
      citizen: 13,
      expert: 6,
      other: 0,
    });
    expect(body.byGender).toEqual({ female: 66, male: 62 });
    expect(body.byRegion['01']).toBe(65);
    expect(body.noShows).toBe(5);
    expect(body.meetings.map((m) => [m.slug, m.total, m.startsAt])).toEqual([
      [TANGIER.slug, 68, '2026-12-12T09:00:00+00:00'],
      [CASABLANCA.slug, 60, '2026-12-19T09:00:00+00:00'],
    ]);
  });

  it('reads the dates in Morocco time (UTC+1 in summer 2026)', async () => {
    const slug = 'summer-2026';
    // 00:30 on 1 July in Morocco is still 30 June in UTC.
    const body = meetingBody({
      slug,
      startsAt: '2026-07-01T00:30',
      endsAt: '2026-07-01T12:00',
      registration: { opensAt: '2026-06-01T09:00', closesAt: '2026-06-30T09:00' },
    });
    expect((await s.call('POST', '/api/meetings', { token: organizer, body })).status).toBe(201);
    const [id] = await registerPeople(s, slug, [{ ...seedPeople(TANGIER)[0], source: 'walk-in' }]);
    await checkIn(s, slug, [{ id: id as string, source: 'walk-in' }]);
    const july = await s.json<ProgrammeReport>(
      'GET',
      '/api/reports?from=2026-07-01&to=2026-07-01',
      { token: organizer },
    );
    expect(july.body.meetings.map((m) => m.slug)).toEqual([slug]);
    expect(july.body.total).toBe(1);
    const june = await s.json<ProgrammeReport>(
      'GET',
      '/api/reports?from=2026-06-30&to=2026-06-30',
      { token: organizer },
    );
    expect(june.body.meetings).toEqual([]);
    expect(june.body.total).toBe(0);
    expect(june.body.byGender).toEqual({ female: 0, male: 0 });
  });

  it('refuses a range that ends before it starts, or a date that does not exist', async () => {
    const backwards = await s.json<{ errors: Array<{ path: string }> }>(
      'GET',
      '/api/reports?from=2026-12-31&to=2026-12-01',
      { token: organizer },
    );
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors.map((e) => e.path)).toEqual(['to']);
    expect((await s.call('GET', '/api/reports?from=2026-02-30', { token: organizer })).status).toBe(
      422,
    );
  });
});
