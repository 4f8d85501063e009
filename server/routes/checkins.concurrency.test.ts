// Check-in under load from several desks at once, and rows older than ticket hashes.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedToken } from '../auth/secret';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

let s: TestServer;
let desk: string;
let slug: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  desk = await s.tokenFor('checkin');
  slug = `k-${randomUUID().slice(0, 8)}`;
  await s.call('POST', '/api/meetings', {
    token: await s.tokenFor('organizer'),
    body: meetingBody({ slug }),
  });
  await s.joinTeam(slug, 'checkin');
});
afterAll(() => s.close());

let n = 0;
async function register() {
  n++;
  const body = registrationBody({
    fullName: `يوسف ${n}`,
    gender: 'male',
    ageBand: '50-60',
    role: 'elected',
    provinceCode: 'larache',
  });
  return (await s.json<{ id: string }>('POST', `/api/meetings/${slug}/registrations`, { body }))
    .body;
}

const ticket = (id: string) => derivedToken(s.deps, 'ticket', id);
const event = (fields: Record<string, unknown>) => ({
  id: randomUUID(),
  at: '2026-12-12T09:10:00Z',
  method: 'qr',
  ...fields,
});
const post = (deviceId: string, events: unknown[]) =>
  s.json<{ results: Array<{ outcome: string; registrationId?: string }> }>(
    'POST',
    `/api/meetings/${slug}/checkins`,
    {
      token: desk,
      body: { deviceId, events },
    },
  );
const attendee = async (id: string) =>
  (
    await s.json<{
      attendees: Array<{ id: string; ticketHash: string; checkedInAt: string | null }>;
    }>('GET', `/api/meetings/${slug}/roster`, { token: desk })
  ).body.attendees.find((a) => a.id === id);

describe('several desks at once', () => {
  it('checks a person in exactly once when desks post at the same moment', async () => {
    const { id } = await register();
    const token = await ticket(id);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        post(`desk-${i}`, [event({ token, at: `2026-12-12T09:0${i}:00Z` })]),
      ),
    );
    const outcomes = answers.map((a) => a.body.results[0]?.outcome);
    expect(outcomes.filter((o) => o === 'checked-in')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'already-checked-in')).toHaveLength(7);
    expect((await attendee(id))?.checkedInAt).toBe('2026-12-12T09:00:00.000Z');
  });

  it('counts each person once when two desks sync overlapping batches in opposite orders', async () => {
    const ids = [];
    for (let i = 0; i < 20; i++) ids.push((await register()).id);
    const batch = (order: string[]) =>
      order.map((registrationId) => event({ registrationId, method: 'search' }));
    const [a, b] = await Promise.all([
      post('desk-a', batch(ids)),
      post('desk-b', batch([...ids].reverse())),
    ]);
    const firsts = [...(a?.body.results ?? []), ...(b?.body.results ?? [])].filter(
      (r) => r.outcome === 'checked-in',
    );
    expect(firsts.map((r) => r.registrationId).sort()).toEqual([...ids].sort());
  });

  it('stores an event once when the same batch is sent twice at once', async () => {
    const { id } = await register();
    const same = [event({ registrationId: id, method: 'search' })];
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('desk-1', same)));
    expect(answers.map((a) => [a.status, a.body.results[0]?.outcome])).toEqual(
      Array(5).fill([200, 'checked-in']),
    );
    expect(
      (
        await s.json<Array<{ id: string }>>('GET', `/api/meetings/${slug}/checkins`, {
          token: desk,
        })
      ).body.filter((e) => e.id === same[0]?.id),
    ).toHaveLength(1);
  });
});

describe('registrations stored before tickets had a hash', () => {
  it('still appear with their hash and check in by ticket', async () => {
    const { id } = await register();
    await s.db.kysely
      .updateTable('registrations')
      .set({ ticket_hash: null })
      .where('id', '=', id)
      .execute();
    const token = await ticket(id);
    expect((await attendee(id))?.ticketHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect((await post('desk-1', [event({ token })])).body.results[0]).toMatchObject({
      outcome: 'checked-in',
      registrationId: id,
    });
  });
});
