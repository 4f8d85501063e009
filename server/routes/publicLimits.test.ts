// Limits on what the public can make the server do: proposals per client, meeting and hour;
// messages of one kind to one address per day.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackKit, type FeedbackKit } from '../../tests/support/feedbackKit';
import { startTestServer, type TestServer } from '../../tests/support/harness';

let s: TestServer;
let kit: FeedbackKit;
beforeAll(async () => {
  // A generous per-minute limit, so only the rules under test refuse.
  s = await startTestServer({ config: { rateLimit: 1000, trustProxy: 1 } });
  kit = feedbackKit(s);
});
afterAll(() => s.close());

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describe('proposals', () => {
  it('stop at 30 an hour from one client to one meeting; others and other meetings go on', async () => {
    const slug = await kit.meeting();
    const other = await kit.meeting();
    const solutions = Array.from({ length: 10 }, (_, i) => `اقتراح رقم ${i + 1}`);
    const post = (meeting: string, address: string) =>
      kit.post(meeting, kit.body({ solutions }), from(address));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(slug, '198.51.100.1')).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect((await post(slug, '198.51.100.2')).status).toBe(201);
    expect((await post(other, '198.51.100.1')).status).toBe(201);
    const visible = await s.json<unknown[]>('GET', `/api/meetings/${slug}/proposals`);
    expect(visible.body).toHaveLength(40);
    s.clock.now = new Date(s.clock.now.getTime() + 3_600_000);
    expect((await post(slug, '198.51.100.1')).status).toBe(201);
  });
});

describe('messages to one address', () => {
  it('of one kind go out at most 3 times a day, however often someone registers and cancels', async () => {
    const slug = await kit.meeting();
    const email = `target-${randomUUID().slice(0, 6)}@example.ma`;
    for (let i = 0; i < 10; i++) {
      const reg = await kit.register(slug, { email });
      const cancel = await s.call('POST', `/api/registrations/${reg.id}/cancel`, {
        token: reg.manageToken,
      });
      expect(cancel.status).toBe(200);
    }
    const rows = await s.db.kysely
      .selectFrom('outbox')
      .select(['kind', 'status'])
      .where('to_address', '=', email)
      .execute();
    const queued = (kind: string) =>
      rows.filter((r) => r.kind === kind && r.status === 'queued').length;
    expect(queued('confirmation')).toBe(3);
    expect(queued('cancellation')).toBe(3);
    expect(rows.filter((r) => r.status === 'skipped')).toHaveLength(14);
  });
});
