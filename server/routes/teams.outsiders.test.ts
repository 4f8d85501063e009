// Every route that reaches one meeting's data, walked as staff who are not on its team. The list
// comes from the router itself, so a route added later is walked too: it must refuse outsiders
// (403, or 404 for a draft) or be named below as public, with the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../domain/accounts';
import { feedbackKit, type FeedbackKit } from '../../tests/support/feedbackKit';
import { startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

let s: TestServer;
let kit: FeedbackKit;
const outsiders: Record<'organizer' | 'checkin', string> = { organizer: '', checkin: '' };

/** Routes anyone may call; what staff off the team get from them is what the public gets. */
const PUBLIC: Record<string, string> = {
  'GET /api/meetings/:slug': 'the published meeting itself',
  'POST /api/meetings/:slug/registrations': 'anyone registers (a walk-in needs the team)',
  'POST /api/meetings/:slug/registrations/recover': 'anyone asks; 202 whoever registered',
  'POST /api/meetings/:slug/feedback': 'anyone gives feedback, anonymously',
  'GET /api/meetings/:slug/proposals': 'the public list (the moderation view needs the team)',
  'DELETE /api/registrations/:id':
    'the person erases with their private link; staff never can (404)',
};

/** Scopes whose every route concerns one meeting's people or settings. */
const MEETING_SCOPED = [
  /^\/api\/meetings\/:slug(\/|$)/,
  /^\/api\/proposals\/:id/,
  /^\/api\/registrations\/:id/,
];

function meetingScopedRoutes(): Array<{ method: string; path: string }> {
  const seen = new Set<string>();
  const out: Array<{ method: string; path: string }> = [];
  for (const r of s.app.routes) {
    if (r.method === 'ALL' || !MEETING_SCOPED.some((re) => re.test(r.path))) continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue; // each middleware of a route is listed again
    seen.add(key);
    out.push({ method: r.method, path: r.path });
  }
  return out;
}

interface Fixture {
  slug: string;
  registrationId: string;
  proposalId: string;
  outboxId: string;
}

async function fixture(status: 'published' | 'draft'): Promise<Fixture> {
  const slug = await kit.meeting({ status });
  const organizer = await kit.organizer();
  // A draft takes registrations only from its team: the organizer registers a walk-in.
  const reg = await s.json<{ id: string }>('POST', `/api/meetings/${slug}/registrations`, {
    token: status === 'draft' ? organizer : undefined,
    body: registrationBody({
      fullName: 'سعاد البقالي',
      ...(status === 'draft' ? { source: 'walk-in' as const } : {}),
    }),
  });
  expect(reg.status).toBe(201);
  const feedback = await s.json<{ proposals: string[] }>('POST', `/api/meetings/${slug}/feedback`, {
    token: status === 'draft' ? organizer : undefined,
    body: kit.body({ solutions: ['نشر الميزانية بلغة مبسطة'] }),
  });
  expect(feedback.status).toBe(201);
  const outbox = await s.json<Array<{ id: string | number }>>(
    'GET',
    `/api/meetings/${slug}/outbox`,
    { token: organizer },
  );
  return {
    slug,
    registrationId: reg.body.id,
    proposalId: feedback.body.proposals[0] ?? '',
    outboxId: String(outbox.body[0]?.id ?? 1),
  };
}

function concrete(path: string, f: Fixture): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'slug') return f.slug;
    if (path.startsWith('/api/proposals/')) return f.proposalId;
    if (name === 'id' && path.includes('/outbox/')) return f.outboxId;
    return f.registrationId; // registrations, attendees, and any id a future route takes
  });
}

let published: Fixture;
let draft: Fixture;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  kit = feedbackKit(s);
  for (const role of ['organizer', 'checkin'] as const) {
    const email = `outsider-${role}@test.ma`;
    await createUser(s.deps, { email, password: 'outsider-password-1', role }, null);
    const login = await s.json<{ token: string }>('POST', '/api/auth/login', {
      body: { email, password: 'outsider-password-1' },
    });
    outsiders[role] = login.body.token;
  }
  published = await fixture('published');
  draft = await fixture('draft');
});
afterAll(() => s.close());

describe('staff outside a meeting’s team', () => {
  it('find every meeting-scoped route in the router', () => {
    const routes = meetingScopedRoutes().map((r) => `${r.method} ${r.path}`);
    expect(routes.length).toBeGreaterThanOrEqual(25);
    for (const known of [
      'GET /api/meetings/:slug/registrations',
      'GET /api/meetings/:slug/outbox/:id/eml',
      'PATCH /api/proposals/:id',
      'GET /api/meetings/:slug/roster',
      'PUT /api/meetings/:slug/team/:userId',
    ])
      expect(routes).toContain(known);
  });

  for (const role of ['organizer', 'checkin'] as const) {
    it(`get 403 from every staff route of a published meeting (${role} account)`, async () => {
      const answers: string[] = [];
      for (const { method, path } of meetingScopedRoutes()) {
        if (PUBLIC[`${method} ${path}`]) continue;
        const res = await s.call(method, concrete(path, published), {
          token: outsiders[role],
          body: method === 'GET' ? undefined : {},
        });
        answers.push(`${method} ${path} → ${res.status}`);
      }
      expect(answers.filter((a) => !a.endsWith('→ 403'))).toEqual([]);
    });

    it(`get 404 from every route of a draft, public ones included (${role} account)`, async () => {
      const answers: string[] = [];
      for (const { method, path } of meetingScopedRoutes()) {
        const res = await s.call(method, concrete(path, draft), {
          token: outsiders[role],
          body: method === 'GET' ? undefined : {},
        });
        answers.push(`${method} ${path} → ${res.status}`);
      }
      expect(answers.filter((a) => !a.endsWith('→ 404'))).toEqual([]);
    });
  }

  it('get only the public side of the public routes', async () => {
    const token = outsiders.organizer;
    const moderation = await s.call(
      'GET',
      `/api/meetings/${published.slug}/proposals?view=moderation`,
      { token },
    );
    expect(moderation.status).toBe(403);
    const walkIn = await s.json<{ code: string }>(
      'POST',
      `/api/meetings/${published.slug}/registrations`,
      {
        token: outsiders.checkin,
        body: registrationBody({
          fullName: 'زائر',
          gender: 'male',
          ageBand: '18-30',
          role: 'citizen',
          email: undefined,
          phone: '0661234567',
          source: 'walk-in',
        }),
      },
    );
    expect(walkIn.status).toBe(403);
    expect((await s.call('GET', `/api/meetings/${published.slug}`, { token })).status).toBe(200);
  });

  it('the team’s own organizer is refused none of those routes', async () => {
    const organizer = await kit.organizer();
    const refused: string[] = [];
    for (const { method, path } of meetingScopedRoutes()) {
      if (method !== 'GET') continue;
      const res = await s.call(method, concrete(path, published), { token: organizer });
      if (res.status === 401 || res.status === 403) refused.push(`${method} ${path}`);
    }
    expect(refused).toEqual([]);
  });
});
