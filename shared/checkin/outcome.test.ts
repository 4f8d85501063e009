// The check-in rule both the server and the desk run.
import { describe, expect, it } from 'vitest';
import { checkinOutcome, earliestArrival } from './outcome';

describe('checkinOutcome', () => {
  it('checks in an admitted person not yet in', () => {
    expect(checkinOutcome({ admitted: true, arrived: false })).toBe('checked-in');
  });
  it('finds an admitted person already in', () => {
    expect(checkinOutcome({ admitted: true, arrived: true })).toBe('already-checked-in');
  });
  it('refuses a person not on the list, even one a desk had seen', () => {
    expect(checkinOutcome({ admitted: false, arrived: false })).toBe('not-accepted');
    expect(checkinOutcome({ admitted: false, arrived: true })).toBe('not-accepted');
  });
  it('does not know a ticket that matched nobody', () => {
    expect(checkinOutcome(undefined)).toBe('unknown');
  });
});

describe('earliestArrival', () => {
  it('takes the first scan when there was none', () => {
    expect(earliestArrival(null, '2026-12-12T09:12:00.000Z')).toBe('2026-12-12T09:12:00.000Z');
  });
  it('keeps the earlier of two scans, whichever came second', () => {
    expect(earliestArrival('2026-12-12T09:12:00.000Z', '2026-12-12T09:05:00.000Z')).toBe(
      '2026-12-12T09:05:00.000Z',
    );
    expect(earliestArrival('2026-12-12T09:05:00.000Z', '2026-12-12T09:12:00.000Z')).toBe(
      '2026-12-12T09:05:00.000Z',
    );
  });
  it('compares instants, not text: a desk clock writing +01:00 is an hour earlier', () => {
    expect(earliestArrival('2026-12-12T09:30:00.000Z', '2026-12-12T10:05:00+01:00')).toBe(
      '2026-12-12T10:05:00+01:00',
    );
  });
  it('keeps the known scan on a tie, so a replay never moves the arrival', () => {
    expect(earliestArrival('2026-12-12T09:05:00.000Z', '2026-12-12T10:05:00+01:00')).toBe(
      '2026-12-12T09:05:00.000Z',
    );
  });
});
