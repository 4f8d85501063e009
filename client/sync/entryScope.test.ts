import { describe, expect, it } from 'vitest';
import type { QueuedWrite } from '../store/types';
import { deskPageOf, itemsIn, unsentDeskItems } from './entryScope';

const entry = (over: Partial<QueuedWrite>): QueuedWrite => ({
  id: 'e',
  seq: 1,
  kind: 'registration',
  method: 'POST',
  url: '/api/meetings/tanger-2026/registrations',
  body: {},
  createdAt: 0,
  state: 'waiting',
  attempts: 0,
  nextAttemptAt: 0,
  ...over,
});

describe('what a queued write carries', () => {
  it("counts a desk's batch as its check-ins", () => {
    const events = Array.from({ length: 20 }, (_, i) => ({ id: String(i) }));
    expect(itemsIn(entry({ kind: 'checkin', body: { deviceId: 'd', events } }))).toBe(20);
  });

  it('counts any other write as one', () => {
    expect(itemsIn(entry({ body: { fullName: 'x' } }))).toBe(1);
  });
});

describe('where a refused entry is dealt with', () => {
  it("sends a desk's check-ins, walk-ins and workshop moves to that meeting's desk", () => {
    const desk = '/staff/m/tanger-2026/checkin';
    expect(deskPageOf(entry({ kind: 'checkin', url: '/api/meetings/tanger-2026/checkins' }))).toBe(
      desk,
    );
    expect(deskPageOf(entry({ body: { source: 'walk-in' } }))).toBe(desk);
    expect(
      deskPageOf(
        entry({ kind: 'checkin-workshop', url: '/api/meetings/tanger-2026/attendees/r1/workshop' }),
      ),
    ).toBe(desk);
  });

  it("leaves a participant's own registration to My registrations", () => {
    expect(deskPageOf(entry({ body: { fullName: 'x' } }))).toBeNull();
  });
});

describe('what signing out would leave behind', () => {
  it("counts a desk's unsent check-ins, not what was sent or a participant's own writes", () => {
    const events = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const url = '/api/meetings/m/checkins';
    expect(
      unsentDeskItems([
        entry({ kind: 'checkin', url, body: { events } }),
        entry({ kind: 'checkin', url, state: 'sent', body: { events } }),
        entry({ body: { fullName: 'x' } }),
      ]),
    ).toBe(3);
  });
});
