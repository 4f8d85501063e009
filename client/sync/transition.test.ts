import { describe, expect, it } from 'vitest';
import type { QueuedWrite } from '../store/types';
import { isDue, recoverInterrupted, resetForRetry, settle, verdictOf } from './transition';

const entry = (over: Partial<QueuedWrite> = {}): QueuedWrite => ({
  id: 'a',
  seq: 1,
  kind: 'registration',
  method: 'POST',
  url: '/api/meetings/x/registrations',
  body: { id: 'a' },
  createdAt: 0,
  state: 'sending',
  attempts: 0,
  nextAttemptAt: 0,
  ...over,
});
const middle = () => 0.5;
const response = (status: number, body: unknown = null, retryAfterMs: number | null = null) =>
  ({ kind: 'response', status, body, retryAfterMs }) as const;

describe('verdictOf', () => {
  it('treats 2xx as sent, 4xx as refused, 408/429/5xx as retry', () => {
    expect([200, 201, 204].map(verdictOf)).toEqual(['sent', 'sent', 'sent']);
    expect([400, 401, 404, 409, 413, 422].map(verdictOf)).toEqual(Array(6).fill('refused'));
    expect([408, 429, 500, 502, 503].map(verdictOf)).toEqual(Array(5).fill('retry'));
  });
});

describe('settle', () => {
  it('keeps the 201 answer of a sent entry', () => {
    const next = settle(entry(), response(201, { id: 'a', status: 'accepted' }), 10, middle);
    expect(next.state).toBe('sent');
    expect(next.response).toEqual({ status: 201, body: { id: 'a', status: 'accepted' } });
    expect(next.attempts).toBe(1);
  });

  it('keeps the problem of a refusal, with its title as the error', () => {
    const problem = { code: 'duplicate-registration', title: 'Already registered', status: 409 };
    const next = settle(entry(), response(409, problem), 10, middle);
    expect(next.state).toBe('refused');
    expect(next.response?.body).toEqual(problem);
    expect(next.error).toBe('Already registered');
  });

  it('puts an entry back after a network failure, 1 s later the first time', () => {
    const next = settle(entry(), { kind: 'network', error: 'TypeError' }, 1000, middle);
    expect(next).toMatchObject({
      state: 'waiting',
      attempts: 1,
      nextAttemptAt: 2000,
      error: 'TypeError',
    });
    expect(next.response).toBeUndefined();
  });

  it('doubles the wait on the next failure the server answered', () => {
    const next = settle(entry({ attempts: 1, serverFailures: 1 }), response(503), 1000, middle);
    expect(next).toMatchObject({
      state: 'waiting',
      attempts: 2,
      serverFailures: 2,
      nextAttemptAt: 3000,
    });
  });

  it('retries a dead network within 30 s however many tries failed offline', () => {
    const next = settle(entry({ attempts: 240 }), { kind: 'network', error: 'x' }, 1000, () => 1);
    expect(next).toMatchObject({ attempts: 241, nextAttemptAt: 21_000 });
  });

  it('after a morning offline, the first refusal by a busy server waits 1 s, not 5 minutes', () => {
    const next = settle(entry({ attempts: 240 }), response(503), 1000, middle);
    expect(next).toMatchObject({ serverFailures: 1, nextAttemptAt: 2000 });
  });

  it('waits as long as a 429 Retry-After asks', () => {
    const next = settle(entry(), response(429, null, 60_000), 1000, middle);
    expect(next).toMatchObject({ state: 'waiting', nextAttemptAt: 61_000 });
  });
});

describe('isDue', () => {
  it('waits until nextAttemptAt', () => {
    expect(isDue(entry({ state: 'waiting', nextAttemptAt: 5000 }), 4999)).toBe(false);
    expect(isDue(entry({ state: 'waiting', nextAttemptAt: 5000 }), 5000)).toBe(true);
  });

  it('skips the wait after a dead network once the device is back online', () => {
    expect(isDue(entry({ state: 'waiting', nextAttemptAt: 5000 }), 0, true)).toBe(true);
  });

  it('keeps the wait a server asked for, even back online', () => {
    const busy = entry({
      state: 'waiting',
      nextAttemptAt: 5000,
      response: { status: 429, body: null },
    });
    expect(isDue(busy, 0, true)).toBe(false);
  });

  it('never sends a sent or refused entry again', () => {
    expect(isDue(entry({ state: 'sent' }), 10)).toBe(false);
    expect(isDue(entry({ state: 'refused' }), 10)).toBe(false);
  });
});

describe('recovery', () => {
  it('treats an entry left sending by a killed tab as waiting', () => {
    expect(recoverInterrupted(entry({ state: 'sending' })).state).toBe('waiting');
  });

  it('lets the person retry a refused entry from scratch', () => {
    const refused = entry({
      state: 'refused',
      attempts: 3,
      response: { status: 422, body: {} },
      error: 'x',
    });
    expect(resetForRetry(refused, 7)).toMatchObject({
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: 7,
      error: undefined,
    });
  });
});
