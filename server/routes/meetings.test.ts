// Meetings: create, read with instants in Morocco time, drafts, edits, validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { personBody } from '../../tests/support/raceScenarios';

let s: TestServer;
let organizer: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
});
afterAll(() => s.close());

type Meeting = {
  slug: string;
  startsAt: string;
  endsAt: string;
  registration: { opensAt: string; closesAt: string };
  registrationState: string;
  status: string;
  title: { ar: string };
  venue: { name: string; provinceCode: string };
  capacity: number;
};

async function create(overrides: Record<string, unknown> = {}) {
  return s.json<Meeting>('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody(overrides),
  });
}

describe('meetings', () => {
  it('creates a meeting and reads its schedule as instants in Morocco time (UTC+0 today)', async () => {
    const created = await create({ slug: 'tanger-a' });
    expect(created.status).toBe(201);
    const { body } = await s.json<Meeting>('GET', '/api/meetings/tanger-a');
    expect(body.startsAt).toBe('2026-12-12T09:00:00+00:00');
    expect(new Date(body.startsAt).toISOString()).toBe('2026-12-12T09:00:00.000Z');
    expect(body.registration.opensAt).toBe('2026-11-20T09:00:00+00:00');
    expect(body.registrationState).toBe('open');
    expect(body.venue.provinceCode).toBe('tanger-assilah');
  });

  it('keeps the offset in force at the time: a June 2026 meeting was at UTC+1', async () => {
    await create({
      slug: 'rabat-june',
      startsAt: '2026-06-01T09:00',
      endsAt: '2026-06-01T15:00',
      registration: { opensAt: '2026-05-01T09:00', closesAt: '2026-05-20T18:00' },
    });
    const { body } = await s.json<Meeting>('GET', '/api/meetings/rabat-june');
    expect(body.startsAt).toBe('2026-06-01T09:00:00+01:00');
    expect(new Date(body.startsAt).toISOString()).toBe('2026-06-01T08:00:00.000Z');
    expect(body.registrationState).toBe('closed');
  });

  it('opens registration at 11:00 Morocco time, which is 11:00Z today, not 10:00Z', async () => {
    await create({
      slug: 'window-edge',
      registration: { opensAt: '2026-11-23T11:00', closesAt: '2026-12-01T11:00' },
    });
    s.clock.now = new Date('2026-11-23T10:59:59Z');
    expect((await s.json<Meeting>('GET', '/api/meetings/window-edge')).body.registrationState).toBe(
      'not-open',
    );
    s.clock.now = new Date('2026-11-23T11:00:00Z');
    expect((await s.json<Meeting>('GET', '/api/meetings/window-edge')).body.registrationState).toBe(
      'open',
    );
    s.clock.now = new Date('2026-11-23T10:00:00Z');
  });

  it('hides drafts from the public, shows them to staff', async () => {
    await create({ slug: 'draft-one', status: 'draft' });
    expect((await s.call('GET', '/api/meetings/draft-one')).status).toBe(404);
    expect((await s.call('GET', '/api/meetings/draft-one', { token: organizer })).status).toBe(200);
    const publicList = await s.json<Meeting[]>('GET', '/api/meetings');
    expect(publicList.body.map((m) => m.slug)).not.toContain('draft-one');
    const staffList = await s.json<Meeting[]>('GET', '/api/meetings', { token: organizer });
    expect(staffList.body.map((m) => m.slug)).toContain('draft-one');
  });

  it('refuses a capacity below the seats already taken, in the asker’s language, changing nothing', async () => {
    await create({ slug: 'shrink-me', capacity: 3 });
    for (let i = 0; i < 2; i++) {
      const res = await s.call('POST', '/api/meetings/shrink-me/registrations', {
        body: personBody(),
      });
      expect(res.status).toBe(201);
    }
    const refused = await s.json<{
      code: string;
      errors: Array<{ path: string; message: string }>;
    }>('PATCH', '/api/meetings/shrink-me', {
      token: organizer,
      body: { capacity: 1 },
      headers: { 'accept-language': 'fr' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      { path: 'capacity', message: expect.stringContaining('places déjà prises') },
    ]);
    expect((await s.json<Meeting>('GET', '/api/meetings/shrink-me')).body.capacity).toBe(3);
    const down = await s.json<Meeting>('PATCH', '/api/meetings/shrink-me', {
      token: organizer,
      body: { capacity: 2 },
    });
    expect(down.status).toBe(200);
    expect(down.body.capacity).toBe(2);
  });

  it('edits with a merge patch and validates the merged meeting', async () => {
    await create({ slug: 'to-edit', status: 'draft' });
    const patched = await s.json<Meeting>('PATCH', '/api/meetings/to-edit', {
      token: organizer,
      body: { capacity: 120, venue: { name: 'Hôtel Chellah' }, status: 'published' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.capacity).toBe(120);
    expect(patched.body.venue).toMatchObject({
      name: 'Hôtel Chellah',
      provinceCode: 'tanger-assilah',
    });
    expect((await s.call('GET', '/api/meetings/to-edit')).status).toBe(200);

    const bad = await s.json<{ code: string; errors: Array<{ path: string }> }>(
      'PATCH',
      '/api/meetings/to-edit',
      {
        token: organizer,
        body: { endsAt: '2026-12-12T08:00' },
      },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e) => e.path)).toEqual(['endsAt']);
    expect((await s.json<Meeting>('GET', '/api/meetings/to-edit')).body.endsAt).toBe(
      '2026-12-12T15:30:00+00:00',
    );
  });

  it('lists each invalid field with its dotted path', async () => {
    const { status, body } = await s.json<{ code: string; errors: Array<{ path: string }> }>(
      'POST',
      '/api/meetings',
      {
        token: organizer,
        body: {
          ...meetingBody({
            slug: 'Bad Slug',
            registration: { opensAt: '2026-12-01T09:00', closesAt: '2026-11-01T09:00' },
            capacity: 0,
          }),
          venue: { name: 'X', provinceCode: 'atlantis' },
        },
      },
    );
    expect(status).toBe(422);
    expect(body.code).toBe('validation');
    expect(body.errors.map((e) => e.path).sort()).toEqual(
      ['capacity', 'registration.closesAt', 'slug', 'venue.provinceCode'].sort(),
    );
  });

  it('refuses an unknown time zone and a slug already used', async () => {
    const tz = await s.json<{ errors: Array<{ path: string }> }>('POST', '/api/meetings', {
      token: organizer,
      body: meetingBody({ slug: 'tz-bad', timezone: 'Africa/Atlantis' }),
    });
    expect(tz.status).toBe(422);
    expect(tz.body.errors[0]?.path).toBe('timezone');
    await create({ slug: 'taken' });
    const again = await create({ slug: 'taken' });
    expect(again.status).toBe(422);
    expect((again.body as unknown as { errors: Array<{ path: string }> }).errors[0]?.path).toBe(
      'slug',
    );
  });

  it('an unknown meeting is a 404 problem', async () => {
    const res = await s.call('GET', '/api/meetings/nowhere');
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('not-found');
  });
});
