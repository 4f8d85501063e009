// Support decisions over HTTP: all or nothing, within budget unless overridden (audited), one
// e-mail per participant, seen by the participant in the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';
import type { SupportListItem, SupportRequestView } from '../../shared/api/support';

let s: TestServer;
let organizer: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
});
afterAll(() => s.close());

type Reg = { id: string; manageToken: string };

/** A meeting with two travel seats and one room, and three far-away requests of both kinds. */
async function setUp(): Promise<{ slug: string; regs: Reg[] }> {
  const slug = `d-${randomUUID().slice(0, 8)}`;
  const support = {
    travel: { enabled: true, minDistanceKm: 30, seats: 2 },
    lodging: { enabled: true, minDistanceKm: 150, rooms: 1 },
    priorityAccessibility: true,
  };
  expect(
    (
      await s.json('POST', '/api/meetings', {
        token: organizer,
        body: meetingBody({ slug, support }),
      })
    ).status,
  ).toBe(201);
  const regs: Reg[] = [];
  for (const provinceCode of ['al-hoceima', 'chefchaouen', 'tetouan'] as const) {
    const body = registrationBody({
      fullName: `Participant ${provinceCode}`,
      provinceCode,
      locale: 'fr',
    });
    const reg = (await s.json<Reg>('POST', `/api/meetings/${slug}/registrations`, { body })).body;
    const asked = await s.json('POST', `/api/registrations/${reg.id}/support`, {
      token: reg.manageToken,
      body: { travel: true, lodging: true },
    });
    expect(asked.status).toBe(201);
    regs.push(reg);
  }
  return { slug, regs };
}

const decide = (slug: string, body: unknown) =>
  s.json<{ changed: string[]; code?: string; detail?: string }>(
    'POST',
    `/api/meetings/${slug}/support/decisions`,
    {
      token: organizer,
      body,
      headers: { 'accept-language': 'en' },
    },
  );

const decisionsOf = async (slug: string) =>
  (
    await s.json<SupportListItem[]>('GET', `/api/meetings/${slug}/support?list=travel`, {
      token: organizer,
    })
  ).body.map((i) => i.decision);

const supportMails = (registrationId: string) =>
  s.db.kysely
    .selectFrom('outbox')
    .selectAll()
    .where('registration_id', '=', registrationId)
    .where('kind', '=', 'support-decision')
    .execute();

describe('support decisions', () => {
  it('are all or nothing: one unknown registration changes nothing', async () => {
    const { slug, regs } = await setUp();
    const res = await decide(slug, {
      decisions: [
        { registrationId: regs[0]?.id, travel: 'approved' },
        { registrationId: randomUUID(), travel: 'approved' },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('validation');
    expect(await decisionsOf(slug)).toEqual(['pending', 'pending', 'pending']);
  });

  it('never go beyond the budget: a third travel approval for two seats changes nothing', async () => {
    const { slug, regs } = await setUp();
    const all = regs.map((r) => ({ registrationId: r.id, travel: 'approved' }));
    const res = await decide(slug, { decisions: all });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('capacity-exceeded');
    expect(res.body.detail).toMatch(/^Travel: 3 approvals for 2 seats/);
    expect(await decisionsOf(slug)).toEqual(['pending', 'pending', 'pending']);
  });

  it('go beyond it with an explicit override, recorded in the audit log', async () => {
    const { slug, regs } = await setUp();
    const all = regs.map((r) => ({ registrationId: r.id, travel: 'approved' }));
    const res = await decide(slug, { decisions: all, override: true });
    expect(res.status).toBe(200);
    expect(res.body.changed).toHaveLength(3);
    expect(await decisionsOf(slug)).toEqual(['approved', 'approved', 'approved']);
    const meetingId = (
      await s.db.kysely
        .selectFrom('meetings')
        .select('id')
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow()
    ).id;
    const overrides = await s.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'support.override')
      .where('subject', '=', meetingId)
      .execute();
    expect(overrides).toHaveLength(1);
    expect(JSON.parse(overrides[0]?.detail ?? '{}')).toEqual({
      list: 'travel',
      approved: 3,
      budget: 2,
    });
  });

  it('e-mail each participant once, when every list they asked for is decided', async () => {
    const { slug, regs } = await setUp();
    const [first] = regs as [Reg];
    await decide(slug, { decisions: [{ registrationId: first.id, travel: 'approved' }] });
    expect(await supportMails(first.id)).toHaveLength(0); // lodging still open
    await decide(slug, { decisions: [{ registrationId: first.id, lodging: 'approved' }] });
    await decide(slug, { decisions: [{ registrationId: first.id, lodging: 'declined' }] });
    const mails = await supportMails(first.id);
    expect(mails).toHaveLength(1);
    expect(JSON.parse(mails[0]?.payload ?? '{}')).toMatchObject({
      travel: 'approved',
      lodging: 'approved',
    });
  });

  it('are seen by the participant on their registration', async () => {
    const { slug, regs } = await setUp();
    const [first] = regs as [Reg];
    await decide(slug, {
      decisions: [{ registrationId: first.id, travel: 'approved', lodging: 'declined' }],
    });
    const mine = await s.json<SupportRequestView>('GET', `/api/registrations/${first.id}/support`, {
      token: first.manageToken,
    });
    expect(mine.body.decision).toEqual({ travel: 'approved', lodging: 'declined' });
  });

  it('refuse a decision on a list the participant did not ask for', async () => {
    const { slug, regs } = await setUp();
    const [first] = regs as [Reg];
    await s.json('POST', `/api/registrations/${first.id}/support`, {
      token: first.manageToken,
      body: { travel: true, lodging: false },
    });
    const res = await decide(slug, {
      decisions: [{ registrationId: first.id, lodging: 'approved' }],
    });
    expect(res.status).toBe(422);
    expect((res.body as unknown as { errors: Array<{ path: string }> }).errors[0]?.path).toBe(
      'decisions.0.lodging',
    );
  });

  it('follow the policy the organizer saves on the meeting', async () => {
    const { slug, regs } = await setUp();
    const patch = await s.json('PATCH', `/api/meetings/${slug}`, {
      token: organizer,
      body: { support: { travel: { minDistanceKm: 100 } } },
    });
    expect(patch.status).toBe(200);
    const list = (
      await s.json<SupportListItem[]>('GET', `/api/meetings/${slug}/support?list=travel`, {
        token: organizer,
      })
    ).body;
    expect(list.find((i) => i.registrationId === regs[2]?.id)?.eligible).toBe(false); // Tétouan, 60 km
  });
});
