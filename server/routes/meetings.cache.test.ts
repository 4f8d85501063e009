// The public meeting answers served from memory: ETag and 304, and never stale after a change
// this server made or a window edge.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingBody, startTestServer, type TestServer } from '../testing/harness';

let s: TestServer;
let organizer: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
});
afterAll(() => s.close());

async function meeting(overrides: Record<string, unknown> = {}) {
  const slug = `c-${randomUUID().slice(0, 8)}`;
  const res = await s.json('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({ slug, eligibleRegions: undefined, ...overrides }),
  });
  expect(res.status).toBe(201);
  return slug;
}

const read = (path: string, etag?: string) =>
  s.call('GET', path, { headers: etag ? { 'if-none-match': etag } : {} });

describe('a public meeting read', () => {
  it('carries an ETag and answers 304 to it, with no body', async () => {
    const slug = await meeting();
    const first = await read(`/api/meetings/${slug}`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await read(`/api/meetings/${slug}`, etag ?? '');
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const list = await read('/api/meetings');
    const listTag = list.headers.get('etag') ?? '';
    expect((await read('/api/meetings', listTag)).status).toBe(304);
  });

  it('shows a seat taken at once after a registration', async () => {
    const slug = await meeting({ capacity: 5 });
    const before = await read(`/api/meetings/${slug}`);
    expect(((await before.json()) as { seatsLeft: number }).seatsLeft).toBe(5);
    const registered = await s.json('POST', `/api/meetings/${slug}/registrations`, {
      body: {
        id: randomUUID(),
        fullName: 'سناء العلمي',
        gender: 'female',
        ageBand: '30-40',
        role: 'citizen',
        provinceCode: 'tetouan',
        email: `${randomUUID().slice(0, 8)}@example.ma`,
        locale: 'ar',
        consent: true,
      },
    });
    expect(registered.status).toBe(201);
    const after = await read(`/api/meetings/${slug}`, before.headers.get('etag') ?? '');
    expect(after.status).toBe(200);
    expect(((await after.json()) as { seatsLeft: number }).seatsLeft).toBe(4);
  });

  it('shows an organizer’s edit at once', async () => {
    const slug = await meeting();
    await read(`/api/meetings/${slug}`);
    const patched = await s.json('PATCH', `/api/meetings/${slug}`, {
      token: organizer,
      body: { capacity: 12 },
    });
    expect(patched.status).toBe(200);
    const after = (await (await read(`/api/meetings/${slug}`)).json()) as { capacity: number };
    expect(after.capacity).toBe(12);
  });

  it('turns to closed when the window closes, without any write', async () => {
    const slug = await meeting();
    const open = (await (await read(`/api/meetings/${slug}`)).json()) as {
      registrationState: string;
    };
    expect(open.registrationState).toBe('open');
    const saved = s.clock.now;
    s.clock.now = new Date('2026-12-06T00:00:00Z');
    try {
      const closed = (await (await read(`/api/meetings/${slug}`)).json()) as {
        registrationState: string;
      };
      expect(closed.registrationState).toBe('closed');
    } finally {
      s.clock.now = saved;
    }
  });

  it('still hides a draft from the public', async () => {
    const slug = await meeting({ status: 'draft' });
    expect((await read(`/api/meetings/${slug}`)).status).toBe(404);
  });
});
