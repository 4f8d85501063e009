import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  MAX_DELAY_MS,
  networkDelay,
  nextAttemptTime,
  parseRetryAfter,
} from './backoff';

const middle = () => 0.5; // jitter factor exactly 1

describe('backoffDelay', () => {
  it('waits 1 s, 2 s, 4 s, 8 s after the first failures', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, middle))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never waits more than 5 minutes, however many failures', () => {
    expect(backoffDelay(9, middle)).toBe(256_000);
    expect(backoffDelay(10, middle)).toBe(MAX_DELAY_MS);
    expect(backoffDelay(5000, () => 0.999)).toBe(MAX_DELAY_MS);
  });

  it('spreads retries by ±20 % so phones do not retry in lockstep', () => {
    expect(backoffDelay(3, () => 0)).toBe(3200);
    expect(backoffDelay(3, () => 1)).toBe(4800);
  });
});

describe('networkDelay', () => {
  it('grows like the backoff but never past 20 s, jitter included', () => {
    expect([1, 2, 3].map((n) => networkDelay(n, middle))).toEqual([1000, 2000, 4000]);
    expect(networkDelay(6, () => 1)).toBe(20_000);
    expect(networkDelay(500, () => 1)).toBe(20_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-10-10T10:00:00Z');

  it('reads seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
  });

  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Sat, 10 Oct 2026 10:01:00 GMT', now)).toBe(60_000);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('caps an absurd wait at one hour', () => {
    expect(parseRetryAfter('999999', now)).toBe(3_600_000);
  });
});

describe('nextAttemptTime', () => {
  it('honours a Retry-After longer than the backoff', () => {
    expect(nextAttemptTime(0, 1, 30_000, middle)).toBe(30_000);
  });

  it('keeps the backoff when Retry-After is shorter', () => {
    expect(nextAttemptTime(0, 4, 1_000, middle)).toBe(8_000);
  });
});
