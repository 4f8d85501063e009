// The public meeting answers served from memory: ETag and 304, and never stale after a change
// this server made or a window edge (tests/process/publicReads.test.ts: or another server made).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

let s: TestServer;
let organizer: string;
beforeAll(async () => {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'liqa-shell-'));
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Liqa</title>');
  s = await startTestServer({ now: '2026-11-23T10:00:00Z', clientDir });
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

  it('carries the same security headers as every other answer', async () => {
    const slug = await meeting();
    const hot = await read(`/api/meetings/${slug}`);
    const other = await s.call('GET', '/api/health');
    for (const name of ['content-security-policy', 'x-frame-options', 'referrer-policy']) {
      expect(hot.headers.get(name)).toBe(other.headers.get(name));
    }
    expect(hot.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  it('leaves the page its own policy: scripts, styles and the camera of this site only', async () => {
    const slug = await meeting();
    const page = await s.call('GET', `/m/${slug}`);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get('permissions-policy')).toBe(
      'camera=(self), microphone=(), geolocation=()',
    );
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('gives its team a draft the public does not see', async () => {
    const slug = await meeting({ status: 'draft' });
    const asOrganizer = await s.call('GET', `/api/meetings/${slug}`, { token: organizer });
    expect(asOrganizer.status).toBe(200);
    expect((await read(`/api/meetings/${slug}`)).status).toBe(404);
  });

  it('serves the meeting page itself with an ETag and 304', async () => {
    const slug = await meeting();
    const page = await s.call('GET', `/m/${slug}`);
    expect(page.status).toBe(200);
    const etag = page.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await s.call('GET', `/m/${slug}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('shows a seat taken at once after a registration', async () => {
    const slug = await meeting({ capacity: 5 });
    const before = await read(`/api/meetings/${slug}`);
    expect(((await before.json()) as { seatsLeft: number }).seatsLeft).toBe(5);
    const registered = await s.json('POST', `/api/meetings/${slug}/registrations`, {
      body: registrationBody({ fullName: 'سناء العلمي', role: 'citizen' }),
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
