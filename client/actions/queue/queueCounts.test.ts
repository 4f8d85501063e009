// What the header's queue line counts.
import { describe, expect, it } from 'vitest';
import { queued } from '../../../tests/support/client/testWriteQueue';
import { countEntries } from './queueCounts';

const deskBatch = (id: string, events: number, state: 'waiting' | 'refused') =>
  queued(id, {
    kind: 'checkin',
    url: '/api/meetings/tanger/checkins',
    body: { events: Array.from({ length: events }, (_, i) => ({ id: `${id}-${i}` })) },
    state,
  });

describe('the queue line', () => {
  it("counts a desk's check-ins, not its batches", () => {
    const counts = countEntries([deskBatch('b1', 120, 'waiting'), deskBatch('b2', 101, 'waiting')]);
    expect(counts.waiting).toBe(221);
  });

  it('counts each registration by its state', () => {
    const counts = countEntries([
      queued('r1'),
      queued('r2', { state: 'sending' }),
      queued('r3', { state: 'sent' }),
      queued('r4', { state: 'refused' }),
    ]);
    expect(counts).toMatchObject({ waiting: 1, sending: 1, sent: 1, refused: 1, deskRefused: 0 });
  });

  it("sends a desk's refusals to the desk's page, not to My registrations", () => {
    const counts = countEntries([
      deskBatch('b1', 3, 'refused'),
      queued('r1', { state: 'refused' }),
    ]);
    expect(counts).toMatchObject({
      refused: 1,
      deskRefused: 3,
      deskPage: '/staff/m/tanger/checkin',
    });
  });
});
