// The desk beyond scanning: audit list, counts, workshop moves, roles, lost phones.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

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
async function meetingWith(
  people: Array<string | undefined>,
  overrides: Record<string, unknown> = {},
) {
  const slug = `d-${randomUUID().slice(0, 8)}`;
  await s.call('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({ slug, ...overrides }),
  });
  await s.joinTeam(slug, 'checkin');
  const ids: string[] = [];
  for (const workshopId of people) {
    n++;
    const body = registrationBody({
      fullName: `سناء ${n}`,
      ageBand: '40-50',
      role: 'citizen',
      locale: 'fr',
      workshopId,
    });
    const res = await s.json<{ id: string }>('POST', `/api/meetings/${slug}/registrations`, {
      body,
    });
    ids.push(res.body.id);
  }
  return { slug, ids };
}

const checkIn = (slug: string, deviceId: string, ids: string[], at = '2026-12-12T09:00:00Z') =>
  s.json<{ results: Array<{ outcome: string }> }>('POST', `/api/meetings/${slug}/checkins`, {
    token: desk,
    body: {
      deviceId,
      events: ids.map((registrationId) => ({
        id: randomUUID(),
        registrationId,
        at,
        method: 'search',
      })),
    },
  });

describe('who may do what', () => {
  it('asks anyone unsigned to sign in', async () => {
    const { slug, ids } = await meetingWith([]);
    for (const [method, path] of [
      ['GET', 'roster'],
      ['POST', 'checkins'],
      ['GET', 'checkins'],
      ['GET', 'checkins/summary'],
      ['POST', `attendees/${ids[0] ?? randomUUID()}/workshop`],
    ] as const) {
      const body = method === 'POST' ? {} : undefined;
      expect((await s.call(method, `/api/meetings/${slug}/${path}`, { body })).status).toBe(401);
    }
  });

  it('lets check-in staff read the roster but not the registrations or anyone’s contact details', async () => {
    const { slug, ids } = await meetingWith(['w1']);
    expect((await s.call('GET', `/api/meetings/${slug}/roster`, { token: desk })).status).toBe(200);
    expect((await s.call('GET', `/api/meetings/${slug}/roster`, { token: organizer })).status).toBe(
      200,
    );
    expect(
      (await s.call('GET', `/api/meetings/${slug}/registrations`, { token: desk })).status,
    ).toBe(403);
    expect(
      (await s.call('GET', `/api/meetings/${slug}/registrations?format=csv`, { token: desk }))
        .status,
    ).toBe(403);
    expect((await s.call('GET', `/api/registrations/${ids[0]}`, { token: desk })).status).toBe(403);
    expect((await s.call('GET', '/api/auth/sessions', { token: desk })).status).toBe(403);
  });

  it('answers 404 for a meeting that does not exist', async () => {
    expect((await s.call('GET', '/api/meetings/nowhere/roster', { token: desk })).status).toBe(404);
  });
});

describe('the audit list and the counts', () => {
  it('lists every event, newest scan first', async () => {
    const { slug, ids } = await meetingWith(['w1', 'w2']);
    await checkIn(slug, 'desk-1', [ids[0] as string], '2026-12-12T09:01:00Z');
    await checkIn(slug, 'desk-2', [ids[1] as string], '2026-12-12T09:03:00Z');
    await checkIn(slug, 'desk-2', [ids[0] as string], '2026-12-12T09:02:00Z');
    const { body } = await s.json<Array<Record<string, unknown>>>(
      'GET',
      `/api/meetings/${slug}/checkins`,
      { token: desk },
    );
    expect(body.map((e) => [e.at, e.deviceId, e.outcome])).toEqual([
      ['2026-12-12T09:03:00.000Z', 'desk-2', 'checked-in'],
      ['2026-12-12T09:02:00.000Z', 'desk-2', 'already-checked-in'],
      ['2026-12-12T09:01:00.000Z', 'desk-1', 'checked-in'],
    ]);
    expect(Object.keys(body[0] ?? {}).sort()).toEqual([
      'at',
      'deviceId',
      'fullName',
      'id',
      'method',
      'outcome',
      'receivedAt',
      'registrationId',
    ]);
  });

  it('counts expected and arrived per workshop against capacity, and check-ins per desk', async () => {
    const { slug, ids } = await meetingWith(['w1', 'w1', 'w2', undefined]);
    await checkIn(slug, 'desk-1', [ids[0] as string, ids[2] as string]);
    await checkIn(slug, 'desk-2', [ids[0] as string, ids[3] as string]);
    const { body } = await s.json<Record<string, unknown>>(
      'GET',
      `/api/meetings/${slug}/checkins/summary`,
      { token: desk },
    );
    expect(body).toMatchObject({
      expected: 4,
      arrived: 3,
      byWorkshop: {
        w1: { expected: 2, arrived: 1, capacity: 30 },
        w2: { expected: 1, arrived: 1, capacity: 30 },
        none: { expected: 1, arrived: 1, capacity: null },
      },
      byDevice: { 'desk-1': 2, 'desk-2': 1 },
    });
  });

  it('credits an arrival to the desk that scanned first, not the one whose batch arrived first', async () => {
    const { slug, ids } = await meetingWith(['w1']);
    await checkIn(slug, 'desk-online', [ids[0] as string], '2026-12-12T09:20:00Z');
    await checkIn(slug, 'desk-offline', [ids[0] as string], '2026-12-12T09:05:00Z');
    const { body } = await s.json<{ byDevice: Record<string, number> }>(
      'GET',
      `/api/meetings/${slug}/checkins/summary`,
      { token: desk },
    );
    expect(body.byDevice).toEqual({ 'desk-offline': 1 });
  });

  it("tells a desk what each of the meeting's desks last sent, and which are this account's", async () => {
    const { slug, ids } = await meetingWith(['w1', 'w1', 'w2']);
    await checkIn(slug, 'Desk 2~3f9a0c1d', [ids[0] as string], '2026-12-12T09:05:00Z');
    await checkIn(slug, 'Desk 2~3f9a0c1d', [ids[1] as string], '2026-12-12T09:40:00Z');
    const { status, body, res } = await s.json<Array<Record<string, unknown>>>(
      'GET',
      `/api/meetings/${slug}/checkins/devices`,
      { token: desk },
    );
    expect(status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toEqual([
      {
        deviceId: 'Desk 2~3f9a0c1d',
        lastEventAt: '2026-12-12T09:40:00.000Z',
        lastReceivedAt: expect.any(String),
        events: 2,
        mine: true,
      },
    ]);
    const other = await s.json('GET', `/api/meetings/${slug}/checkins/devices`, {
      token: organizer,
    });
    expect((other.body as Array<{ mine: boolean }>)[0]?.mine).toBe(false);
  });
});

describe('moving someone to another workshop', () => {
  it('moves them and returns the new count, even past capacity', async () => {
    const { slug, ids } = await meetingWith(['w1', 'w2'], {
      workshops: [
        { id: 'w1', title: { ar: 'ورشة 1' }, capacity: 1 },
        { id: 'w2', title: { ar: 'ورشة 2' } },
      ],
    });
    const res = await s.json<Record<string, unknown>>(
      'POST',
      `/api/meetings/${slug}/attendees/${ids[1]}/workshop`,
      { token: desk, body: { workshopId: 'w1' } },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: ids[1],
      workshopId: 'w1',
      workshopLoad: { workshopId: 'w1', expected: 2, arrived: 0, capacity: 1 },
    });
    expect(res.body.email).toBeUndefined();
    const none = await s.json<Record<string, unknown>>(
      'POST',
      `/api/meetings/${slug}/attendees/${ids[1]}/workshop`,
      { token: desk, body: { workshopId: null } },
    );
    expect(none.body).toMatchObject({
      workshopId: null,
      workshopLoad: { workshopId: 'none', expected: 1 },
    });
  });

  it('refuses a workshop the meeting does not have, and someone not on the roster', async () => {
    const { slug, ids } = await meetingWith(['w1']);
    const unknown = await s.json<{ code: string; errors: Array<{ path: string }> }>(
      'POST',
      `/api/meetings/${slug}/attendees/${ids[0]}/workshop`,
      { token: desk, body: { workshopId: 'w9' } },
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]?.path).toBe('workshopId');
    expect(
      (
        await s.call('POST', `/api/meetings/${slug}/attendees/${randomUUID()}/workshop`, {
          token: desk,
          body: { workshopId: 'w1' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('a lost phone', () => {
  it('an admin revokes its session and its token stops working at once', async () => {
    const admin = await s.tokenFor('admin');
    const email = `lost-${randomUUID().slice(0, 6)}@test.ma`;
    const user = await s.json<{ id: string }>('POST', '/api/users', {
      token: admin,
      body: { email, password: 'desk-password-1', role: 'checkin' },
    });
    const login = await s.json<{ token: string }>('POST', '/api/auth/login', {
      body: { email, password: 'desk-password-1' },
    });
    const { slug } = await meetingWith([]);
    await s.call('PUT', `/api/meetings/${slug}/team/${user.body.id}`, {
      token: admin,
      body: { role: 'checkin' },
    });
    expect(
      (await s.call('GET', `/api/meetings/${slug}/roster`, { token: login.body.token })).status,
    ).toBe(200);

    const sessions = await s.json<Array<{ id: string; email: string; role: string }>>(
      'GET',
      '/api/auth/sessions',
      { token: admin },
    );
    const lost = sessions.body.find((x) => x.email === email);
    expect(lost).toMatchObject({ role: 'checkin', id: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const revoked = await s.json<{ revokedAt: string }>(
      'POST',
      `/api/auth/sessions/${lost?.id}/revoke`,
      { token: admin },
    );
    expect(revoked.status).toBe(200);

    expect(
      (await s.call('GET', `/api/meetings/${slug}/roster`, { token: login.body.token })).status,
    ).toBe(401);
    const after = await s.json<Array<{ email: string }>>('GET', '/api/auth/sessions', {
      token: admin,
    });
    expect(after.body.some((x) => x.email === email)).toBe(false);
    expect(
      (await s.call('POST', '/api/auth/sessions/0000000000000000/revoke', { token: admin })).status,
    ).toBe(404);
  });
});
