// Private data stays private on the wire: every API answer is `Cache-Control: no-store` unless
// its route is public and says otherwise (walked from the router, exports included), and
// cookie-authenticated writes from another site are refused before anything changes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackKit, type FeedbackKit } from '../../tests/support/feedbackKit';
import { startTestServer, type TestServer } from '../../tests/support/harness';

let s: TestServer;
let kit: FeedbackKit;
let slug: string;
let registration: { id: string; manageToken: string };
let proposalId: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  kit = feedbackKit(s);
  slug = await kit.meeting();
  registration = await kit.register(slug);
  const feedback = await kit.post(slug, kit.body({ solutions: ['ميزانية مفتوحة'] }));
  proposalId = feedback.body.proposals[0] ?? '';
});
afterAll(() => s.close());

/** Public, unchanging data that browsers may keep. */
const CACHEABLE = [/^\/api\/geo\//];

function concrete(p: string): string {
  return p.replace(/:(\w+)/g, (_, name: string) =>
    name === 'slug' ? slug : p.startsWith('/api/proposals') ? proposalId : registration.id,
  );
}

describe('Cache-Control: no-store', () => {
  it('is on every answer of every GET route, as staff, exports included', async () => {
    const admin = await s.tokenFor('admin');
    const gets = [...new Set(s.app.routes.filter((r) => r.method === 'GET').map((r) => r.path))]
      .filter((p) => p.startsWith('/api/') && !CACHEABLE.some((re) => re.test(p)))
      .map(concrete);
    expect(gets.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const p of gets)
      for (const query of ['', '?format=csv', '?format=xlsx']) {
        const res = await s.call('GET', `${p}${query}`, { token: admin });
        // Read to the end, as a browser would: an export holds one of the instance's few export
        // slots until its stream is done.
        await res.arrayBuffer();
        if (!/no-store/.test(res.headers.get('cache-control') ?? ''))
          missing.push(`${p}${query} → ${res.status}`);
      }
    expect(missing).toEqual([]);
  });

  it('is on the participant’s own record and on the exports organizers download', async () => {
    const own = await s.call('GET', `/api/registrations/${registration.id}`, {
      token: registration.manageToken,
    });
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('no-store');
    const organizer = await kit.organizer();
    for (const p of ['registrations', 'report', 'feedback', 'support']) {
      const res = await s.call('GET', `/api/meetings/${slug}/${p}?format=csv`, {
        token: organizer,
      });
      await res.arrayBuffer();
      expect([p, res.status]).toEqual([p, 200]);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('a write authenticated by the session cookie', () => {
  let cookie: string;
  beforeAll(async () => {
    const { res } = await s.json('POST', '/api/auth/login', {
      body: { email: 'admin@test.ma', password: 'admin-password-1' },
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  });

  const invite = (headers: Record<string, string>, body = '{"count":1,"label":"x"}') =>
    s.call('POST', `/api/meetings/${slug}/invitations`, { headers: { cookie, ...headers }, body });
  const invitations = async () =>
    (
      await s.json<unknown[]>('GET', `/api/meetings/${slug}/invitations`, {
        token: await s.tokenFor('admin'),
      })
    ).body.length;

  it('from another site is 403 and changes nothing, whatever the content type', async () => {
    const before = await invitations();
    const attempts: Array<Record<string, string>> = [
      { origin: 'https://evil.example', 'content-type': 'text/plain' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://liqa.evil.example' },
      { origin: 'null' },
      {}, // neither header: nothing says it came from our pages
    ];
    for (const headers of attempts) {
      const res = await invite(headers);
      expect([headers, res.status]).toEqual([headers, 403]);
    }
    expect(await invitations()).toBe(before);
  });

  it('from our own pages goes through', async () => {
    expect((await invite({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await invite({ origin: 'http://localhost', host: 'localhost' })).status).toBe(201);
  });

  it('with a Bearer token is unaffected, wherever it comes from', async () => {
    const res = await s.call('POST', `/api/meetings/${slug}/invitations`, {
      token: await s.tokenFor('admin'),
      headers: { origin: 'https://tools.example' },
      body: { count: 1, label: 'script' },
    });
    expect(res.status).toBe(201);
  });

  it('does not stop the public, who carry no session', async () => {
    const res = await s.call('POST', `/api/meetings/${slug}/feedback`, {
      headers: { origin: 'https://elsewhere.example' },
      body: kit.body({ id: randomUUID() }),
    });
    expect(res.status).toBe(201);
  });
});
