// Proposals over HTTP: the public list (no names, no tokens, hidden ones out, duplicates once),
// the organizers' decisions and their explanation rule, merging, hiding, and outcome e-mails.
import { randomUUID } from 'node:crypto';
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

type Proposal = Record<string, unknown> & {
  id: string;
  status: string;
  hidden?: boolean;
  mergedInto?: string | null;
};
const publicList = async (slug: string) =>
  (await s.json<Proposal[]>('GET', `/api/meetings/${slug}/proposals`)).body;
const moderationList = async (slug: string) =>
  (
    await s.json<Proposal[]>('GET', `/api/meetings/${slug}/proposals?view=moderation`, {
      token: await kit.organizer(),
    })
  ).body;
const patch = async (id: string, body: unknown, token?: string) =>
  s.json<Proposal & { code?: string; errors?: Array<{ path: string }> }>(
    'PATCH',
    `/api/proposals/${id}`,
    {
      token: token ?? (await kit.organizer()),
      body,
    },
  );

/** A meeting with proposals from a linked participant and from an anonymous one. */
async function proposals(solutions: string[]) {
  const slug = await kit.meeting();
  const person = await kit.register(slug);
  const linked = await kit.post(slug, kit.body({ solutions }), { manageToken: person.manageToken });
  const anonymous = await kit.post(
    slug,
    kit.body({ solutions: ['اعتماد التصريح الإلكتروني لتأسيس الجمعيات'] }),
  );
  return {
    slug,
    person,
    ids: linked.body.proposals,
    anonymousId: anonymous.body.proposals[0] ?? '',
  };
}

describe('the public list', () => {
  it('shows text, workshop and fate only: no names, no tokens, no link to the feedback', async () => {
    const { slug, person } = await proposals(['سجل وطني للجمعيات']);
    const list = await publicList(slug);
    expect(list).toHaveLength(2);
    for (const p of list)
      expect(Object.keys(p).sort()).toEqual(['id', 'status', 'text', 'workshopId']);
    const raw = JSON.stringify(list);
    expect(raw).not.toContain(person.manageToken);
    expect(raw).not.toContain('نادية');
    expect(raw).not.toContain(person.id);
  });

  it('leaves hidden proposals out, keeps them for organizers, and audits who hid them', async () => {
    const { slug, ids } = await proposals(['نص مسيء']);
    const id = ids[0] ?? '';
    expect((await patch(id, { hidden: true })).body.hidden).toBe(true);
    expect((await publicList(slug)).map((p) => p.id)).not.toContain(id);
    expect((await moderationList(slug)).find((p) => p.id === id)?.hidden).toBe(true);
    const audit = await s.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('subject', '=', id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['proposal.hide']);
    expect(audit[0]?.actor).toBeTruthy();
  });

  it('shows merged duplicates once, as the kept one', async () => {
    const { slug, ids, anonymousId } = await proposals(['منصة رقمية للتشاور العمومي', 'سجل وطني']);
    const [kept = '', duplicate = ''] = ids;
    expect((await patch(duplicate, { mergedInto: kept })).body.mergedInto).toBe(kept);
    expect((await publicList(slug)).map((p) => p.id)).toEqual([kept, anonymousId]);
    // Merging the kept one elsewhere takes its duplicates along: merges never chain.
    await patch(kept, { mergedInto: anonymousId });
    const all = await moderationList(slug);
    expect(
      all
        .filter((p) => p.mergedInto === anonymousId)
        .map((p) => p.id)
        .sort(),
    ).toEqual([kept, duplicate].sort());
    expect((await publicList(slug)).map((p) => p.id)).toEqual([anonymousId]);
  });

  it('refuses to merge a proposal into itself, into a merged one, or into another meeting', async () => {
    const { ids } = await proposals(['أ', 'ب', 'ج']);
    const [a = '', b = '', c = ''] = ids;
    const other = (await proposals(['د'])).ids[0] ?? '';
    await patch(b, { mergedInto: c });
    for (const target of [a, b, other, randomUUID()]) {
      const res = await patch(a, { mergedInto: target });
      expect([res.status, res.body.errors?.[0]?.path]).toEqual([422, 'mergedInto']);
    }
  });
});

describe('deciding a fate', () => {
  it('refuses not-retained without an explanation (422 at explanation), publishes it with one', async () => {
    const { slug, ids } = await proposals(['إحداث هيئة للتشاور العمومي']);
    const id = ids[0] ?? '';
    const bare = await patch(id, { status: 'not-retained' });
    expect([bare.status, bare.body.code, bare.body.errors?.[0]?.path]).toEqual([
      422,
      'validation',
      'explanation',
    ]);
    const explained = await patch(id, {
      status: 'not-retained',
      explanation: 'تدخل في اختصاص السلطة التشريعية',
      institution: 'البرلمان',
    });
    expect(explained.status).toBe(200);
    expect((await publicList(slug)).find((p) => p.id === id)).toEqual({
      id,
      text: 'إحداث هيئة للتشاور العمومي',
      workshopId: 'w1',
      status: 'not-retained',
      explanation: 'تدخل في اختصاص السلطة التشريعية',
      institution: 'البرلمان',
    });
  });

  it('is for organizers: 401 without a session, 403 for check-in staff, 404 for an unknown proposal', async () => {
    const { slug, ids } = await proposals(['أ']);
    const id = ids[0] ?? '';
    expect(
      (await s.json('PATCH', `/api/proposals/${id}`, { body: { status: 'retained' } })).status,
    ).toBe(401);
    expect((await patch(id, { status: 'retained' }, await s.tokenFor('checkin'))).status).toBe(403);
    expect((await patch(randomUUID(), { status: 'retained' })).status).toBe(404);
    expect((await s.json('GET', `/api/meetings/${slug}/proposals?view=moderation`)).status).toBe(
      401,
    );
    expect((await publicList(slug))[0]?.status).toBe('received');
  });
});

describe('outcome e-mails', () => {
  const outcomes = async (slug: string) => {
    const outbox = await s.json<Array<{ kind: string; to: string }>>(
      'GET',
      `/api/meetings/${slug}/outbox`,
      { token: await kit.organizer() },
    );
    return outbox.body.filter((m) => m.kind === 'proposal-outcome').map((m) => m.to);
  };

  it('tell a linked author the fate of each of their proposals, once, and nobody anonymous', async () => {
    const { slug, person, ids, anonymousId } = await proposals(['أ', 'ب']);
    const [a = '', b = ''] = ids;
    await patch(a, { status: 'under-study' });
    await patch(anonymousId, { status: 'retained' });
    expect(await outcomes(slug)).toEqual([]);
    await patch(a, { status: 'retained' });
    await patch(a, { status: 'not-retained', explanation: 'بعد الدراسة' });
    await patch(b, { status: 'not-retained', explanation: 'خارج نطاق الخطة' });
    expect(await outcomes(slug)).toEqual([person.email, person.email]);
  });

  it('tell the author of a duplicate the fate of the proposal it was merged into', async () => {
    const { slug, person, ids, anonymousId } = await proposals(['منصة رقمية']);
    await patch(ids[0] ?? '', { mergedInto: anonymousId });
    await patch(anonymousId, { status: 'retained' });
    expect(await outcomes(slug)).toEqual([person.email]);
  });
});
