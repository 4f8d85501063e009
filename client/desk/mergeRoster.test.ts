import { describe, expect, it } from 'vitest';
import type { RosterAttendee } from '../../shared/api/checkins';
import { localCounts } from './counts';
import { mergeRoster } from './mergeRoster';
import { RosterIndex } from './rosterIndex';
import { person } from '../../tests/support/client/testRoster';

function attendee(id: string, over: Partial<RosterAttendee> = {}): RosterAttendee {
  const { meetingSlug: _slug, ...rest } = person(id);
  return { ...rest, checkedInAt: null, ...over } as RosterAttendee;
}

describe('applying a roster to the desk’s copy', () => {
  it('writes only who changed', () => {
    const stored = new RosterIndex([person('1'), person('2')]);
    const change = mergeRoster(
      'tanger',
      stored,
      [attendee('1'), attendee('2', { fullName: 'X' })],
      false,
      new Set(),
    );
    expect(change.put.map((p) => p.id)).toEqual(['2']);
    expect(change.remove).toEqual([]);
  });

  it('a whole roster removes who is gone, but not a walk-in still on its way', () => {
    const stored = new RosterIndex([
      person('1'),
      person('2'),
      person('w', { walkIn: { state: 'waiting' } }),
    ]);
    const change = mergeRoster('tanger', stored, [attendee('1')], true, new Set());
    expect(change.remove).toEqual(['2']);
  });

  it('keeps a workshop move the write queue has not delivered yet', () => {
    const moved = person('1', {
      workshopId: 'w2',
      workshopChange: { workshopId: 'w2', entryId: 'q1' },
    });
    const stored = new RosterIndex([moved]);
    const kept = mergeRoster(
      'tanger',
      stored,
      [attendee('1', { workshopId: 'w1', fullName: 'Renamed' })],
      false,
      new Set(['q1']),
    ).put;
    expect(kept.map((p) => [p.fullName, p.workshopId])).toEqual([['Renamed', 'w2']]);
    const [delivered] = mergeRoster(
      'tanger',
      stored,
      [attendee('1', { workshopId: 'w1' })],
      false,
      new Set(),
    ).put;
    expect(delivered?.workshopId).toBe('w1');
    expect(delivered?.workshopChange).toBeUndefined();
  });

  it('forgets which desk checked someone in when the time changes', () => {
    const stored = new RosterIndex([
      person('1', { checkedInAt: '2026-12-12T09:05:00Z', checkedInBy: 'd2' }),
    ]);
    const [next] = mergeRoster(
      'tanger',
      stored,
      [attendee('1', { checkedInAt: '2026-12-12T09:01:00Z' })],
      false,
      new Set(),
    ).put;
    expect(next?.checkedInBy).toBeNull();
  });
});

describe('the desk’s own counts', () => {
  it('count expected and arrived per workshop and per desk, not those off the list', () => {
    const people = [
      person('1', { workshopId: 'w1', checkedInAt: '2026-12-12T09:00:00Z', checkedInBy: 'd2' }),
      person('2', { workshopId: 'w1' }),
      person('3'),
      person('4', { status: 'cancelled', checkedInAt: '2026-12-12T09:00:00Z' }),
    ];
    const arrivals = new Map([['3', { at: '2026-12-12T09:03:00Z', deviceId: 'd1' }]]);
    const counts = localCounts(people, arrivals, [{ id: 'w1', capacity: 30 }, { id: 'w2' }]);
    expect(counts).toEqual({
      expected: 3,
      arrived: 2,
      byWorkshop: {
        w1: { expected: 2, arrived: 1, capacity: 30 },
        w2: { expected: 0, arrived: 0, capacity: null },
        none: { expected: 1, arrived: 1, capacity: null },
      },
      byDevice: { d2: 1, d1: 1 },
    });
  });
});
