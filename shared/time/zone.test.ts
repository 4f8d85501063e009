import { describe, it, expect } from 'vitest';
import {
  MOROCCO_TZ,
  instantWithOffset,
  localDate,
  wallTimeToInstant,
  instantToWallTime,
} from './zone';

describe('Morocco time, with current tz data whatever the runtime says', () => {
  it('09:00 in Casablanca on 2026-12-12 is 09:00Z (permanent UTC+0 since 2026-09-20)', () => {
    expect(wallTimeToInstant('2026-12-12T09:00', MOROCCO_TZ).toISOString()).toBe(
      '2026-12-12T09:00:00.000Z',
    );
  });
  it('09:00 on 2026-03-01 (Ramadan, old rules) was 09:00Z', () => {
    expect(wallTimeToInstant('2026-03-01T09:00', MOROCCO_TZ).toISOString()).toBe(
      '2026-03-01T09:00:00.000Z',
    );
  });
  it('09:00 on 2026-06-01 (old UTC+1 rules) was 08:00Z', () => {
    expect(wallTimeToInstant('2026-06-01T09:00', MOROCCO_TZ).toISOString()).toBe(
      '2026-06-01T08:00:00.000Z',
    );
  });
  it('writes instants with the offset in force: +00:00 today, +01:00 in June 2026', () => {
    expect(instantWithOffset(new Date('2026-11-23T09:00:00Z'), MOROCCO_TZ)).toBe(
      '2026-11-23T09:00:00+00:00',
    );
    expect(instantWithOffset(new Date('2026-06-01T08:00:00Z'), MOROCCO_TZ)).toBe(
      '2026-06-01T09:00:00+01:00',
    );
  });
  it('the Tangier meeting of 28 Oct 2023 started at 08:00Z (UTC+1 then)', () => {
    expect(wallTimeToInstant('2023-10-28T09:00', MOROCCO_TZ).toISOString()).toBe(
      '2023-10-28T08:00:00.000Z',
    );
  });
  it('round-trips wall time and gives the local calendar date', () => {
    const at = wallTimeToInstant('2026-12-31T23:30', MOROCCO_TZ);
    expect(instantToWallTime(at, MOROCCO_TZ)).toBe('2026-12-31T23:30');
    expect(localDate(at, MOROCCO_TZ)).toBe('2026-12-31');
  });
  it('refuses what is not a wall time', () => {
    expect(() => wallTimeToInstant('2026-12-12T09:00Z', MOROCCO_TZ)).toThrow(RangeError);
  });
});
