// What organizers read of the feedback: the summary counted in SQL, exports, invitations, roles.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize, type FeedbackSummary } from '../../shared/feedback/summary';
import { feedbackKit, type FeedbackKit } from '../../tests/support/feedbackKit';
import { startTestServer, type TestServer } from '../../tests/support/harness';

let s: TestServer;
let kit: FeedbackKit;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  kit = feedbackKit(s);
});
afterAll(() => s.close());

type Overview = { items: Array<{ id: string }>; summary: FeedbackSummary };
const overview = async (slug: string, token?: string) =>
  s.json<Overview>('GET', `/api/meetings/${slug}/feedback`, {
    token: token ?? (await kit.organizer()),
  });

describe('the summary', () => {
  it('counts, averages (null where none), distributes 1–5 and splits by workshop, as the shared maths says', async () => {
    const slug = await kit.meeting();
    const given = [
      { ratings: { overall: 5, content: 4 }, workshopId: 'w1' },
      { ratings: { overall: 4, content: 4, logistics: 2 }, workshopId: 'w1' },
      { ratings: { overall: 2 }, workshopId: 'w2' },
      { ratings: { overall: 3, facilitation: 5 } },
    ];
    for (const g of given)
      expect(
        (await kit.post(slug, kit.body({ ...g, workshopId: g.workshopId ?? '' }))).status,
      ).toBe(201);
    const { status, body } = await overview(slug);
    expect(status).toBe(200);
    expect(body.items).toHaveLength(4);
    expect(body.summary).toEqual(summarize(given));
    expect(body.summary.count).toBe(4);
    expect(body.summary.averages).toEqual({
      overall: 3.5,
      content: 4,
      organization: null,
      logistics: 2,
      facilitation: 5,
    });
    expect(body.summary.distribution.overall).toEqual({ '1': 0, '2': 1, '3': 1, '4': 1, '5': 1 });
    expect(body.summary.byWorkshop.w1?.averages.overall).toBe(4.5);
    expect(body.summary.byWorkshop.w2?.count).toBe(1);
  });

  it('is all zeros and nulls for a meeting without feedback', async () => {
    const { body } = await overview(await kit.meeting());
    expect(body.summary).toEqual(summarize([]));
    expect(body.summary.averages.overall).toBeNull();
  });

  it('is for organizers only: 401 without a session, 403 for check-in staff', async () => {
    const slug = await kit.meeting();
    expect((await s.json('GET', `/api/meetings/${slug}/feedback`)).status).toBe(401);
    await s.joinTeam(slug, 'checkin');
    expect((await overview(slug, await s.tokenFor('checkin'))).status).toBe(403);
    expect((await overview(slug, await s.tokenFor('admin'))).status).toBe(200);
  });
});

describe('exports', () => {
  it('gives the items as CSV with a BOM and Arabic intact, and as XLSX', async () => {
    const slug = await kit.meeting();
    await kit.post(slug, kit.body({ problems: ['غياب إطار قانوني للتشاور', 'ضعف التمويل'] }));
    const token = await kit.organizer();
    const csv = await s.call('GET', `/api/meetings/${slug}/feedback?format=csv`, { token });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('الحلول المقترحة');
    expect(text).toContain('غياب إطار قانوني للتشاور\nضعف التمويل');
    const xlsx = await s.call('GET', `/api/meetings/${slug}/feedback?format=xlsx`, { token });
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});

describe('post-meeting invitations', () => {
  const invite = async (slug: string, body?: unknown) =>
    s.json<{ queued: number; at: string }>('POST', `/api/meetings/${slug}/feedback/invitations`, {
      token: await kit.organizer(),
      body,
    });
  const invitations = async (slug: string) => {
    const outbox = await s.json<Array<{ kind: string; to: string }>>(
      'GET',
      `/api/meetings/${slug}/outbox`,
      { token: await kit.organizer() },
    );
    return outbox.body.filter((m) => m.kind === 'feedback-invitation').map((m) => m.to);
  };

  it('go once to each accepted participant who came, however often organizers ask', async () => {
    const slug = await kit.meeting();
    const came = await kit.register(slug);
    await kit.register(slug); // accepted, but did not come
    await s.joinTeam(slug, 'checkin');
    const checkin = await s.json('POST', `/api/meetings/${slug}/checkins`, {
      token: await s.tokenFor('checkin'),
      body: {
        deviceId: 'desk-1',
        events: [
          {
            id: randomUUID(),
            registrationId: came.id,
            at: '2026-12-12T09:05:00Z',
            method: 'search',
          },
        ],
      },
    });
    expect(checkin.status).toBe(200);
    const first = await invite(slug);
    expect(first.body.queued).toBe(1);
    // Asked before the meeting's end, they wait for it (15:30 in Tangier, UTC+00:00 in December 2026).
    expect(first.body.at).toBe('2026-12-12T15:30:00.000Z');
    expect((await invite(slug)).body.queued).toBe(0);
    expect(await invitations(slug)).toEqual([came.email]);
  });

  it('may go to every accepted participant when the desk was not used', async () => {
    const slug = await kit.meeting();
    await kit.register(slug);
    await kit.register(slug);
    expect((await invite(slug, { audience: 'accepted' })).body.queued).toBe(2);
    expect(await invitations(slug)).toHaveLength(2);
  });

  it('are for organizers only', async () => {
    const slug = await kit.meeting();
    expect((await s.json('POST', `/api/meetings/${slug}/feedback/invitations`)).status).toBe(401);
    await s.joinTeam(slug, 'checkin');
    const desk = await s.json('POST', `/api/meetings/${slug}/feedback/invitations`, {
      token: await s.tokenFor('checkin'),
    });
    expect(desk.status).toBe(403);
  });
});
