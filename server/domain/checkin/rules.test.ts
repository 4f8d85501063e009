// The pure check-in rules: outcomes, earliest arrival, replays and repeats within a batch.
import { describe, expect, it } from 'vitest';
import { eventHash, outcomeFor, planBatch, type BatchEvent, type Person } from './rules';

const ev = (
  id: string,
  registrationId: string | null,
  at: string,
  hash = `h-${id}`,
): BatchEvent => ({ id, hash, registrationId, at });

describe('outcomeFor', () => {
  it('refuses a waitlisted, pending, rejected or cancelled person', () => {
    for (const status of ['waitlisted', 'pending', 'rejected', 'cancelled']) {
      expect(outcomeFor({ status, checkedInAt: null })).toBe('not-accepted');
    }
  });
  it('finds an accepted person already in by their arrival time', () => {
    expect(outcomeFor({ status: 'accepted', checkedInAt: '2026-12-12T09:05:00.000Z' })).toBe(
      'already-checked-in',
    );
  });
});

describe('eventHash', () => {
  it('is the same for one instant written with different offsets', () => {
    const a = eventHash('m', { token: 't', at: '2026-12-12T10:05:00+01:00', method: 'qr' });
    const b = eventHash('m', { token: 't', at: '2026-12-12T09:05:00Z', method: 'qr' });
    expect(a).toBe(b);
  });
  it('differs when the event names someone else or another meeting', () => {
    const base = { registrationId: 'r1', at: '2026-12-12T09:05:00Z', method: 'search' };
    expect(eventHash('m', base)).not.toBe(eventHash('m', { ...base, registrationId: 'r2' }));
    expect(eventHash('m', base)).not.toBe(eventHash('other', base));
  });
});

describe('planBatch', () => {
  const people = new Map<string, Person>([
    ['amina', { status: 'accepted', checkedInAt: null }],
    ['karim', { status: 'accepted', checkedInAt: '2026-12-12T09:10:00.000Z' }],
    ['sara', { status: 'waitlisted', checkedInAt: null }],
  ]);

  it('checks a person in once; the second event of the batch finds them in', () => {
    const plan = planBatch(
      [
        ev('e1', 'amina', '2026-12-12T09:12:00.000Z'),
        ev('e2', 'amina', '2026-12-12T09:20:00.000Z'),
      ],
      new Map(),
      people,
    );
    expect(plan.results.map((r) => r.outcome)).toEqual(['checked-in', 'already-checked-in']);
    expect(plan.arrivals.get('amina')).toBe('2026-12-12T09:12:00.000Z');
  });

  it('lowers the arrival time for a later-arriving but earlier scan, still answering already-checked-in', () => {
    const plan = planBatch([ev('e1', 'karim', '2026-12-12T09:02:00.000Z')], new Map(), people);
    expect(plan.results[0]?.outcome).toBe('already-checked-in');
    expect(plan.arrivals.get('karim')).toBe('2026-12-12T09:02:00.000Z');
  });

  it('leaves the arrival time alone for a later scan', () => {
    const plan = planBatch([ev('e1', 'karim', '2026-12-12T09:30:00.000Z')], new Map(), people);
    expect(plan.arrivals.size).toBe(0);
  });

  it('answers not-accepted and unknown without touching anyone', () => {
    const plan = planBatch(
      [ev('e1', 'sara', '2026-12-12T09:00:00.000Z'), ev('e2', null, '2026-12-12T09:00:00.000Z')],
      new Map(),
      people,
    );
    expect(plan.results.map((r) => [r.outcome, r.registrationId])).toEqual([
      ['not-accepted', 'sara'],
      ['unknown', null],
    ]);
    expect(plan.arrivals.size).toBe(0);
    expect(plan.fresh).toHaveLength(2);
  });

  it('replays a stored event with its original outcome and stores nothing new', () => {
    const stored = new Map([
      ['e1', { hash: 'h-e1', outcome: 'checked-in' as const, registrationId: 'karim' }],
    ]);
    const plan = planBatch([ev('e1', 'karim', '2026-12-12T09:10:00.000Z')], stored, people);
    expect(plan.results[0]?.outcome).toBe('checked-in');
    expect(plan.fresh).toHaveLength(0);
    expect(plan.conflicts).toEqual([]);
  });

  it('treats the same id twice in one batch as a replay', () => {
    const plan = planBatch(
      [
        ev('e1', 'amina', '2026-12-12T09:12:00.000Z'),
        ev('e1', 'amina', '2026-12-12T09:12:00.000Z'),
      ],
      new Map(),
      people,
    );
    expect(plan.results.map((r) => r.outcome)).toEqual(['checked-in', 'checked-in']);
    expect(plan.fresh).toHaveLength(1);
  });

  it('flags an id reused with other content', () => {
    const stored = new Map([
      ['e1', { hash: 'other', outcome: 'checked-in' as const, registrationId: 'karim' }],
    ]);
    const plan = planBatch(
      [
        ev('e0', 'amina', '2026-12-12T09:00:00.000Z'),
        ev('e1', 'karim', '2026-12-12T09:10:00.000Z'),
      ],
      stored,
      people,
    );
    expect(plan.conflicts).toEqual([1]);
  });

  it('does not change the people it was given', () => {
    planBatch([ev('e1', 'amina', '2026-12-12T09:12:00.000Z')], new Map(), people);
    expect(people.get('amina')?.checkedInAt).toBeNull();
  });
});
