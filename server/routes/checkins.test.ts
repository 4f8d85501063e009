// Check-in over HTTP: roster, batches, replays, earliest scan across desks, roles, counts.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedToken } from '../auth/secret';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import {
  registrationBody,
  type RegistrationBody,
} from '../../tests/support/factories/registration';

let s: TestServer;
let organizer: string;
let desk: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
  desk = await s.tokenFor('checkin');
});
afterAll(() => s.close());

let n = 0;
function person(overrides: Partial<RegistrationBody> = {}) {
  n++;
  return registrationBody({
    fullName: `محمد أمين ${n}`,
    gender: 'male',
    ageBand: '18-30',
    organization: 'جمعية الأمل',
    provinceCode: 'tanger-assilah',
    phone: `+2126610${String(10000 + n).slice(-5)}`,
    accessibility: ['wheelchair'],
    accessibilityNote: 'rampe',
    workshopId: 'w1',
    ...overrides,
  });
}

async function meeting(overrides: Record<string, unknown> = {}) {
  const slug = `c-${randomUUID().slice(0, 8)}`;
  expect(
    (
      await s.call('POST', '/api/meetings', {
        token: organizer,
        body: meetingBody({ slug, ...overrides }),
      })
    ).status,
  ).toBe(201);
  await s.joinTeam(slug, 'checkin');
  return slug;
}

async function register(slug: string, overrides: Partial<RegistrationBody> = {}, token?: string) {
  const res = await s.json<{ id: string; status: string }>(
    'POST',
    `/api/meetings/${slug}/registrations`,
    { body: person(overrides), token },
  );
  expect(res.status).toBe(201);
  return res.body;
}

const ticket = (id: string) => derivedToken(s.deps, 'ticket', id);
const event = (fields: Record<string, unknown>) => ({
  id: randomUUID(),
  at: '2026-12-12T09:10:00+00:00',
  method: 'qr',
  ...fields,
});

type Result = { id: string; outcome: string; registrationId?: string; checkedInAt?: string };
const post = (slug: string, deviceId: string, events: unknown[], token = desk) =>
  s.json<{ results: Result[]; code?: string; errors?: Array<{ path: string }> }>(
    'POST',
    `/api/meetings/${slug}/checkins`,
    {
      token,
      body: { deviceId, events },
    },
  );

type Attendee = Record<string, unknown> & {
  id: string;
  ticketHash: string;
  checkedInAt: string | null;
  status: string;
};
const rosterOf = async (slug: string, query = '') =>
  (
    await s.json<{ generatedAt: string; attendees: Attendee[] }>(
      'GET',
      `/api/meetings/${slug}/roster${query}`,
      { token: desk },
    )
  ).body;

describe('the roster', () => {
  it('lists accepted people only, with no e-mail, phone or accessibility details', async () => {
    const slug = await meeting({ capacity: 1 });
    const seated = await register(slug);
    await register(slug); // waitlisted
    const roster = await rosterOf(slug);
    expect(roster.attendees.map((a) => a.id)).toEqual([seated.id]);
    expect(Object.keys(roster.attendees[0] ?? {}).sort()).toEqual(
      [
        'checkedInAt',
        'codeHash',
        'fullName',
        'id',
        'organization',
        'status',
        'ticketHash',
        'workshopId',
      ].sort(),
    );
    expect(JSON.stringify(roster)).not.toMatch(/@example\.ma|\+2126|wheelchair|rampe/);
  });

  it("carries each ticket's SHA-256, for offline validation", async () => {
    const slug = await meeting();
    const { id } = await register(slug);
    const [attendee] = (await rosterOf(slug)).attendees;
    const expected = createHash('sha256')
      .update(await ticket(id), 'utf8')
      .digest('hex');
    expect(attendee?.ticketHash).toBe(expected);
  });

  it('since its last copy, gives only what changed, cancellations included', async () => {
    const slug = await meeting();
    const a = await register(slug);
    const b = await register(slug);
    s.clock.now = new Date('2026-11-23T10:05:00Z');
    const first = await rosterOf(slug);
    s.clock.now = new Date('2026-11-23T10:30:00Z');
    await s.call('POST', `/api/meetings/${slug}/registrations/decisions`, {
      token: organizer,
      body: { decisions: [{ id: b.id, status: 'rejected' }] },
    });
    const changes = await rosterOf(
      slug,
      `?since=${encodeURIComponent(first.generatedAt.replace('Z', '+00:00'))}`,
    );
    s.clock.now = new Date('2026-11-23T10:00:00Z');
    expect(changes.attendees.map((x) => [x.id, x.status])).toEqual([[b.id, 'rejected']]);
    expect(changes.attendees.some((x) => x.id === a.id)).toBe(false);
    const bad = await s.json<{ errors: Array<{ path: string }> }>(
      'GET',
      `/api/meetings/${slug}/roster?since=yesterday`,
      { token: desk },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]?.path).toBe('since');
  });
});

describe('posting check-ins', () => {
  it('checks a ticket in once, then answers already-checked-in', async () => {
    const slug = await meeting();
    const { id } = await register(slug);
    const token = await ticket(id);
    const { status, body } = await post(slug, 'desk-1', [
      event({ token }),
      event({ token, at: '2026-12-12T09:20:00Z' }),
    ]);
    expect(status).toBe(200);
    expect(body.results.map((r) => r.outcome)).toEqual(['checked-in', 'already-checked-in']);
    expect(body.results[0]).toMatchObject({
      registrationId: id,
      checkedInAt: '2026-12-12T09:10:00.000Z',
    });
    const searched = await post(slug, 'desk-2', [event({ registrationId: id, method: 'search' })]);
    expect(searched.body.results[0]?.outcome).toBe('already-checked-in');
  });

  it('answers unknown for a ticket nobody holds and not-accepted for a waitlisted one', async () => {
    const slug = await meeting({ capacity: 1 });
    await register(slug);
    const waiting = await register(slug);
    expect(waiting.status).toBe('waitlisted');
    const elsewhere = await register(await meeting());
    const { body } = await post(slug, 'desk-1', [
      event({ token: 'not-a-ticket' }),
      event({ token: await ticket(waiting.id) }),
      event({ registrationId: waiting.id, method: 'search' }),
      event({ registrationId: elsewhere.id, method: 'search' }),
    ]);
    expect(body.results.map((r) => r.outcome)).toEqual([
      'unknown',
      'not-accepted',
      'not-accepted',
      'unknown',
    ]);
    expect(body.results[0]?.registrationId).toBeUndefined();
    expect(body.results[1]).toEqual({
      id: expect.any(String),
      outcome: 'not-accepted',
      registrationId: waiting.id,
    });
  });

  it('replays an event with its original outcome, even after later check-ins', async () => {
    const slug = await meeting();
    const { id } = await register(slug);
    const first = event({ registrationId: id, method: 'search' });
    expect((await post(slug, 'desk-1', [first])).body.results[0]?.outcome).toBe('checked-in');
    await post(slug, 'desk-2', [event({ registrationId: id, method: 'search' })]);
    const again = await post(slug, 'desk-1', [first]);
    expect(again.body.results[0]).toMatchObject({
      id: first.id,
      outcome: 'checked-in',
      registrationId: id,
    });
    const same = await post(slug, 'desk-1', [{ ...first, at: '2026-12-12T10:10:00+01:00' }]);
    expect(same.body.results[0]?.outcome).toBe('checked-in');
    const audit = await s.json<unknown[]>('GET', `/api/meetings/${slug}/checkins`, { token: desk });
    expect(audit.body).toHaveLength(2);
  });

  it('refuses an event id reused with other content, storing nothing of that batch', async () => {
    const slug = await meeting();
    const a = await register(slug);
    const b = await register(slug);
    const first = event({ registrationId: a.id, method: 'search' });
    await post(slug, 'desk-1', [first]);
    const fresh = event({ registrationId: b.id, method: 'search' });
    const res = await post(slug, 'desk-1', [fresh, { ...first, registrationId: b.id }]);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('idempotency-conflict');
    expect(res.body.errors?.map((e) => e.path)).toEqual(['events.1.id']);
    expect((await post(slug, 'desk-1', [fresh])).body.results[0]?.outcome).toBe('checked-in');
  });

  it('keeps the earliest scan when two desks sync in reverse order', async () => {
    const slug = await meeting();
    const { id } = await register(slug);
    const token = await ticket(id);
    const late = await post(slug, 'desk-2', [event({ token, at: '2026-12-12T09:12:00Z' })]);
    expect(late.body.results[0]).toMatchObject({
      outcome: 'checked-in',
      checkedInAt: '2026-12-12T09:12:00.000Z',
    });
    const early = await post(slug, 'desk-1', [event({ token, at: '2026-12-12T10:05:00+01:00' })]);
    expect(early.body.results[0]).toMatchObject({
      outcome: 'already-checked-in',
      checkedInAt: '2026-12-12T09:05:00.000Z',
    });
    const [attendee] = (await rosterOf(slug)).attendees;
    expect(attendee?.checkedInAt).toBe('2026-12-12T09:05:00.000Z');
    const list = await s.json<Array<{ checkedInAt: string }>>(
      'GET',
      `/api/meetings/${slug}/registrations`,
      { token: organizer },
    );
    expect(list.body[0]?.checkedInAt).toBe('2026-12-12T09:05:00.000Z');
  });

  it('checks in a walk-in registered at the desk', async () => {
    const slug = await meeting({
      registration: { opensAt: '2026-11-01T09:00', closesAt: '2026-11-10T09:00' },
    });
    const walkIn = await register(
      slug,
      { source: 'walk-in', provinceCode: 'agadir-ida-outanane' },
      desk,
    );
    expect(walkIn.status).toBe('accepted');
    const { body } = await post(slug, 'desk-1', [
      event({ registrationId: walkIn.id, method: 'walk-in' }),
    ]);
    expect(body.results[0]?.outcome).toBe('checked-in');
    const audit = await s.json<Array<{ method: string; registrationId: string }>>(
      'GET',
      `/api/meetings/${slug}/checkins`,
      { token: desk },
    );
    expect(audit.body[0]).toMatchObject({
      method: 'walk-in',
      registrationId: walkIn.id,
      deviceId: 'desk-1',
    });
  });

  it('validates each event and refuses batches over 1,000', async () => {
    const slug = await meeting();
    const bad = await post(slug, 'desk-1', [
      event({ token: 't', at: '2026-12-12 09:10' }),
      event({ token: 't', method: 'fax' }),
      { id: 'x', at: '2026-12-12T09:10Z', method: 'qr', token: 't' },
    ]);
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.map((e) => e.path)).toEqual([
      'events.0.at',
      'events.1.method',
      'events.2.id',
    ]);
    const noOne = await post(slug, 'desk-1', [event({})]);
    expect(noOne.body.errors?.map((e) => e.path)).toEqual(['events.0.token']);
    const tooMany = await post(
      slug,
      'desk-1',
      Array.from({ length: 1001 }, () => event({ token: 't' })),
    );
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.errors?.map((e) => e.path)).toEqual(['events']);
  });

  it('accepts scans from any date, as the device recorded them', async () => {
    const slug = await meeting();
    const { id } = await register(slug);
    const { body } = await post(slug, 'desk-1', [
      event({ registrationId: id, at: '1999-01-01T00:00:00.123-05:00' }),
    ]);
    expect(body.results[0]?.checkedInAt).toBe('1999-01-01T05:00:00.123Z');
  });
});
