// Giving feedback over HTTP: idempotency, validation, anonymous or linked, any date, who reads it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackKit, type FeedbackKit } from '../../tests/support/feedbackKit';
import { startTestServer, type TestServer } from '../../tests/support/harness';

let s: TestServer;
let kit: FeedbackKit;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  kit = feedbackKit(s);
});
afterAll(() => s.close());

describe('giving feedback', () => {
  it('answers 201 with the proposals its solutions became, public at once as received', async () => {
    const slug = await kit.meeting();
    const body = kit.body({ solutions: ['نشر المعطيات المالية للجمعيات', 'سجل وطني للجمعيات'] });
    const res = await kit.post(slug, body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: body.id, linked: false });
    expect(res.body.proposals).toHaveLength(2);
    const list = await s.json<
      Array<{ id: string; text: string; status: string; workshopId: string }>
    >('GET', `/api/meetings/${slug}/proposals`);
    expect(list.body).toEqual([
      {
        id: res.body.proposals[0],
        text: 'نشر المعطيات المالية للجمعيات',
        workshopId: 'w1',
        status: 'received',
      },
      {
        id: res.body.proposals[1],
        text: 'سجل وطني للجمعيات',
        workshopId: 'w1',
        status: 'received',
      },
    ]);
  });

  it('answers a replay with the original status and body, and stores it once', async () => {
    const slug = await kit.meeting();
    const body = kit.body();
    const first = await kit.post(slug, body);
    const again = await kit.post(slug, body);
    const [raced1, raced2] = await Promise.all([kit.post(slug, body), kit.post(slug, body)]);
    for (const r of [again, raced1, raced2]) expect([r.status, r.body]).toEqual([201, first.body]);
    expect((await s.json<unknown[]>('GET', `/api/meetings/${slug}/proposals`)).body).toHaveLength(
      1,
    );
  });

  it('answers idempotency-conflict for the same id with other content', async () => {
    const slug = await kit.meeting();
    const body = kit.body();
    await kit.post(slug, body);
    const other = await kit.post(slug, { ...body, ratings: { overall: 1 } });
    expect([other.status, other.body.code]).toEqual([409, 'idempotency-conflict']);
  });

  it.each([0, 6])(
    'refuses an overall rating of %s with 422 at ratings.overall, in the language asked',
    async (overall) => {
      const slug = await kit.meeting();
      const res = await kit.post(slug, kit.body({ ratings: { overall }, locale: 'fr' }));
      expect([res.status, res.body.code]).toEqual([422, 'validation']);
      expect(res.body.errors?.[0]).toEqual({
        path: 'ratings.overall',
        message: expect.stringMatching(/de 1 .* à 5/) as string,
      });
    },
  );

  it('refuses a workshop the meeting does not have', async () => {
    const slug = await kit.meeting();
    const res = await kit.post(slug, kit.body({ workshopId: 'w9' }));
    expect([res.status, res.body.errors?.[0]?.path]).toEqual([422, 'workshopId']);
  });

  it('is accepted whatever the date, long after the meeting', async () => {
    const slug = await kit.meeting();
    s.clock.now = new Date('2027-03-01T10:00:00Z');
    try {
      expect((await kit.post(slug, kit.body({ kind: 'post-meeting' }))).status).toBe(201);
    } finally {
      s.clock.now = new Date('2026-11-23T10:00:00Z');
    }
  });

  it('is not taken for a draft or unknown meeting', async () => {
    const draft = await kit.meeting({ status: 'draft' });
    expect((await kit.post(draft, kit.body())).status).toBe(404);
    expect((await kit.post('no-such-meeting', kit.body())).status).toBe(404);
  });
});

describe('anonymous or linked', () => {
  it("links feedback sent with the participant's private-link token, and shows organizers who", async () => {
    const slug = await kit.meeting();
    const person = await kit.register(slug);
    const res = await kit.post(slug, kit.body(), { manageToken: person.manageToken });
    expect([res.status, res.body.linked]).toEqual([201, true]);
    const anonymous = await kit.post(slug, kit.body());
    expect(anonymous.body.linked).toBe(false);
    const { body } = await s.json<{
      items: Array<{
        id: string;
        linked: boolean;
        registrationId: string | null;
        participantName: string | null;
      }>;
    }>('GET', `/api/meetings/${slug}/feedback`, { token: await kit.organizer() });
    const byId = new Map(body.items.map((i) => [i.id, i]));
    expect(byId.get(res.body.id)).toMatchObject({
      linked: true,
      registrationId: person.id,
      participantName: expect.stringContaining('نادية') as string,
    });
    expect(byId.get(anonymous.body.id)).toMatchObject({
      linked: false,
      registrationId: null,
      participantName: null,
    });
  });

  it("refuses another meeting's token, or a made-up one, with 401 (before looking at the body)", async () => {
    const slug = await kit.meeting();
    const elsewhere = await kit.register(await kit.meeting());
    for (const token of [elsewhere.manageToken, 'not-a-real-token']) {
      const res = await kit.post(slug, kit.body(), { manageToken: token });
      expect([res.status, res.body.code]).toEqual([401, 'unauthorized']);
    }
    const invalid = await kit.post(slug, kit.body({ ratings: { overall: 9 } }), {
      manageToken: 'not-a-real-token',
    });
    expect(invalid.status).toBe(401);
  });

  it('keeps the link part of the content: the same id sent anonymously is a conflict', async () => {
    const slug = await kit.meeting();
    const person = await kit.register(slug);
    const body = kit.body();
    await kit.post(slug, body, { manageToken: person.manageToken });
    expect((await kit.post(slug, body)).status).toBe(409);
  });
});

describe('rate limiting', () => {
  it('answers 429 past the per-minute limit of public writes', async () => {
    const limited = await startTestServer({ config: { rateLimit: 2 } });
    try {
      const k = feedbackKit(limited);
      const slug = await k.meeting();
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await k.post(slug, k.body())).status);
      expect(codes).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});
