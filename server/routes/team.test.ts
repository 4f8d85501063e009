// Meeting teams over HTTP: the creator joins, organizers add and remove people, the team decides
// who sees which meeting, admins see all, proposals are moderated by their own meeting's team.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackKit, type FeedbackKit } from '../../tests/support/feedbackKit';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';

let s: TestServer;
let kit: FeedbackKit;
let admin: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  kit = feedbackKit(s);
  admin = await s.tokenFor('admin');
});
afterAll(() => s.close());

interface Member {
  userId: string;
  email: string;
  role: string;
}

/** A new staff account, signed in. */
async function staff(role: 'organizer' | 'checkin') {
  const email = `${role}-${randomUUID().slice(0, 6)}@assoc.ma`;
  const created = await s.json<{ id: string }>('POST', '/api/users', {
    token: admin,
    body: { email, password: 'team-member-pass-1', role },
  });
  const login = await s.json<{ token: string }>('POST', '/api/auth/login', {
    body: { email, password: 'team-member-pass-1' },
  });
  return { id: created.body.id, email, token: login.body.token };
}

async function meetingBy(token: string, overrides: Record<string, unknown> = {}) {
  const slug = `t-${randomUUID().slice(0, 8)}`;
  const res = await s.call('POST', '/api/meetings', {
    token,
    body: meetingBody({ slug, ...overrides }),
  });
  expect(res.status).toBe(201);
  return slug;
}

const team = (slug: string, token: string) =>
  s.json<Member[]>('GET', `/api/meetings/${slug}/team`, { token });

describe('a meeting’s team', () => {
  it('starts with its creator as organizer', async () => {
    const ministry = await staff('organizer');
    const slug = await meetingBy(ministry.token);
    const { status, body } = await team(slug, ministry.token);
    expect(status).toBe(200);
    expect(body).toEqual([{ userId: ministry.id, email: ministry.email, role: 'organizer' }]);
  });

  it('gains a partner association, who then acts on this meeting only', async () => {
    const ministry = await staff('organizer');
    const association = await staff('organizer');
    const slug = await meetingBy(ministry.token);
    const other = await meetingBy(ministry.token);
    const path = `/api/meetings/${slug}/registrations`;
    expect((await s.call('GET', path, { token: association.token })).status).toBe(403);

    const put = await s.json<Member[]>('PUT', `/api/meetings/${slug}/team/${association.id}`, {
      token: ministry.token,
      body: { role: 'organizer' },
    });
    expect(put.status).toBe(200);
    expect(put.body.map((m) => m.email).sort()).toEqual([association.email, ministry.email].sort());
    expect((await s.call('GET', path, { token: association.token })).status).toBe(200);
    const otherPath = `/api/meetings/${other}/registrations`;
    expect((await s.call('GET', otherPath, { token: association.token })).status).toBe(403);
  });

  it('is joined by e-mail from the staff screen, with a role', async () => {
    const ministry = await staff('organizer');
    const desk = await staff('checkin');
    const slug = await meetingBy(ministry.token);
    const added = await s.json<Member[]>('POST', `/api/meetings/${slug}/team`, {
      token: ministry.token,
      body: { email: desk.email.toUpperCase(), role: 'checkin' },
    });
    expect(added.status).toBe(200);
    expect(added.body).toContainEqual({ userId: desk.id, email: desk.email, role: 'checkin' });
    expect(
      (await s.call('GET', `/api/meetings/${slug}/roster`, { token: desk.token })).status,
    ).toBe(200);
    // On the team as check-in staff: still no registrations with their contact details.
    expect(
      (await s.call('GET', `/api/meetings/${slug}/registrations`, { token: desk.token })).status,
    ).toBe(403);
  });

  it('refuses an unknown e-mail, and a check-in account as organizer, in the asked language', async () => {
    const ministry = await staff('organizer');
    const desk = await staff('checkin');
    const slug = await meetingBy(ministry.token);
    const unknown = await s.json<{ errors: Array<{ path: string; message: string }> }>(
      'POST',
      `/api/meetings/${slug}/team`,
      {
        token: ministry.token,
        body: { email: 'nobody@assoc.ma', role: 'organizer' },
        headers: { 'accept-language': 'fr' },
      },
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      { path: 'email', message: 'Aucun compte du personnel ne porte cette adresse e-mail.' },
    ]);
    const promoted = await s.json<{ errors: Array<{ path: string }> }>(
      'PUT',
      `/api/meetings/${slug}/team/${desk.id}`,
      { token: ministry.token, body: { role: 'organizer' } },
    );
    expect(promoted.status).toBe(422);
    expect(promoted.body.errors.map((e) => e.path)).toEqual(['role']);
    const bad = await s.call('PUT', `/api/meetings/${slug}/team/${desk.id}`, {
      token: ministry.token,
      body: { role: 'admin' },
    });
    expect(bad.status).toBe(422);
    const missing = await s.call('PUT', `/api/meetings/${slug}/team/${randomUUID()}`, {
      token: ministry.token,
      body: { role: 'checkin' },
    });
    expect(missing.status).toBe(404);
  });

  it('loses a member, who is then refused at once; removing twice answers the same team', async () => {
    const ministry = await staff('organizer');
    const association = await staff('organizer');
    const slug = await meetingBy(ministry.token);
    await s.call('PUT', `/api/meetings/${slug}/team/${association.id}`, {
      token: ministry.token,
      body: { role: 'organizer' },
    });
    const first = await s.json<Member[]>('DELETE', `/api/meetings/${slug}/team/${association.id}`, {
      token: ministry.token,
    });
    expect(first.status).toBe(200);
    expect(first.body.map((m) => m.userId)).toEqual([ministry.id]);
    const again = await s.json<Member[]>('DELETE', `/api/meetings/${slug}/team/${association.id}`, {
      token: ministry.token,
    });
    expect(again.body).toEqual(first.body);
    expect((await team(slug, association.token)).status).toBe(403);
  });

  it('is managed by organizers only: check-in members get 403', async () => {
    const ministry = await staff('organizer');
    const desk = await staff('checkin');
    const slug = await meetingBy(ministry.token);
    await s.call('PUT', `/api/meetings/${slug}/team/${desk.id}`, {
      token: ministry.token,
      body: { role: 'checkin' },
    });
    expect((await team(slug, desk.token)).status).toBe(403);
    expect(
      (
        await s.call('DELETE', `/api/meetings/${slug}/team/${ministry.id}`, {
          token: desk.token,
        })
      ).status,
    ).toBe(403);
  });
});

describe('which meetings staff see', () => {
  it('lists for each organizer only their meetings, drafts included; admins see all', async () => {
    const ministry = await staff('organizer');
    const association = await staff('organizer');
    const mine = await meetingBy(ministry.token, { status: 'draft' });
    const theirs = await meetingBy(association.token);
    const slugs = async (token?: string) =>
      (await s.json<Array<{ slug: string }>>('GET', '/api/meetings', { token })).body.map(
        (m) => m.slug,
      );
    expect(await slugs(ministry.token)).toEqual([mine]);
    expect(await slugs(association.token)).toEqual([theirs]);
    const all = await slugs(admin);
    expect(all).toContain(mine);
    expect(all).toContain(theirs);
    const publicList = await slugs();
    expect(publicList).toContain(theirs);
    expect(publicList).not.toContain(mine);
    const home = await s.json<Array<{ slug: string }>>('GET', '/api/meetings?view=public', {
      token: ministry.token,
    });
    expect(home.body.map((m) => m.slug)).toContain(theirs);
  });

  it('hides another team’s draft as if it did not exist', async () => {
    const ministry = await staff('organizer');
    const association = await staff('organizer');
    const draft = await meetingBy(ministry.token, { status: 'draft' });
    expect(
      (await s.call('GET', `/api/meetings/${draft}`, { token: association.token })).status,
    ).toBe(404);
    expect(
      (
        await s.call('PATCH', `/api/meetings/${draft}`, {
          token: association.token,
          body: { capacity: 10 },
        })
      ).status,
    ).toBe(404);
    expect((await s.call('GET', `/api/meetings/${draft}`, { token: ministry.token })).status).toBe(
      200,
    );
  });

  it('lets only the team edit a published meeting', async () => {
    const ministry = await staff('organizer');
    const association = await staff('organizer');
    const slug = await meetingBy(ministry.token);
    const edit = (token: string) =>
      s.call('PATCH', `/api/meetings/${slug}`, { token, body: { capacity: 90 } });
    expect((await edit(association.token)).status).toBe(403);
    expect((await edit(ministry.token)).status).toBe(200);
    expect((await edit(admin)).status).toBe(200);
  });
});

describe('moderating proposals', () => {
  it('is for the team of the proposal’s own meeting', async () => {
    const slug = await kit.meeting();
    const { body } = await kit.post(slug, kit.body({ solutions: ['فتح المعطيات المالية'] }));
    const [proposal] = body.proposals;
    const outsider = await staff('organizer');
    const decide = (token: string) =>
      s.call('PATCH', `/api/proposals/${proposal}`, {
        token,
        body: { status: 'under-study' },
      });
    expect((await decide(outsider.token)).status).toBe(403);
    expect((await decide(await kit.organizer())).status).toBe(200);
    expect((await decide(admin)).status).toBe(200);
    expect(
      (
        await s.call('PATCH', `/api/proposals/${randomUUID()}`, {
          token: admin,
          body: { status: 'under-study' },
        })
      ).status,
    ).toBe(404);
  });
});
