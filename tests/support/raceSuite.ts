// The concurrency tests of the registration state machine, run against whatever serves the
// API: one in-process server, or several server processes on one PostgreSQL schema. Each race
// is repeated; after each, the meeting's books are checked from scratch.
import { expect, it } from 'vitest';
import {
  cancelVersusReject,
  mixed,
  sameAccept,
  sameCancel,
  sameReject,
  type RaceApi,
  type RaceOutcome,
} from './raceScenarios';

const no5xx = (o: RaceOutcome) => o.answers.filter((a) => a.status >= 500);

export function raceSuite(api: () => RaceApi, rounds: number): void {
  it('the same cancel three times at once frees one seat and answers each with the cancellation', async () => {
    for (let round = 0; round < rounds; round++) {
      const o = await sameCancel(api());
      expect(o.violations).toEqual([]);
      expect(o.answers.map((a) => [a.status, a.body.status])).toEqual(
        o.answers.map(() => [200, 'cancelled']),
      );
      // One seat came free: exactly the first waiting person got it.
      const [first, ...rest] = o.waiting;
      expect(o.finalStatus[first?.id ?? '']).toBe('accepted');
      expect(rest.map((p) => o.finalStatus[p.id])).toEqual(rest.map(() => 'waitlisted'));
      expect(o.books.seatsTaken).toBe(2);
    }
  });

  it('the same acceptance three times at once takes one seat; the seats left stay free', async () => {
    for (let round = 0; round < rounds; round++) {
      const o = await sameAccept(api());
      expect(o.violations).toEqual([]);
      expect(o.answers.map((a) => a.status)).toEqual(o.answers.map(() => 200));
      // Exactly one copy made the change; the others found it made.
      expect(o.answers.filter((a) => (a.body.changed as string[]).length === 1)).toHaveLength(1);
      expect(o.later.map((a) => a.status)).toEqual([200, 200]);
      expect(o.books.seatsTaken).toBe(3);
    }
  });

  it('the same rejection three times at once gives back one seat', async () => {
    for (let round = 0; round < rounds; round++) {
      const o = await sameReject(api());
      expect(o.violations).toEqual([]);
      expect(o.answers.map((a) => a.status)).toEqual(o.answers.map(() => 200));
      expect(o.finalStatus[o.target.id]).toBe('rejected');
      expect(o.books.seatsTaken).toBe(2);
    }
  });

  it('a cancel racing a rejection ends cancelled, as the participant was told', async () => {
    for (let round = 0; round < rounds; round++) {
      const o = await cancelVersusReject(api());
      expect(o.violations).toEqual([]);
      expect([o.cancelled.status, o.cancelled.body.status]).toEqual([200, 'cancelled']);
      // The rejection either came first (then the cancel followed) or found it cancelled.
      expect([200, 422]).toContain(o.rejected.status);
      expect(o.finalStatus[o.target.id]).toBe('cancelled');
    }
  });

  it('registrations, cancels and decisions all at once keep the books right', async () => {
    for (let round = 0; round < rounds; round++) {
      const o = await mixed(api());
      expect(no5xx(o)).toEqual([]);
      expect(o.violations).toEqual([]);
      expect(o.stored).toBe(o.newcomers);
      expect(o.cancelling.map((p) => o.finalStatus[p.id])).toEqual(
        o.cancelling.map(() => 'cancelled'),
      );
      expect(o.books.seatsTaken).toBeLessThanOrEqual(10);
    }
  });
}

/** The control: the same races with the guards taken out must break the books. */
export async function unguardedBreaksTheBooks(api: RaceApi, rounds: number): Promise<void> {
  const broken: string[] = [];
  for (let round = 0; round < rounds && broken.length === 0; round++) {
    for (const race of [sameCancel, sameReject, sameAccept] as const) {
      const o = await race(api);
      broken.push(
        ...o.violations,
        ...no5xx(o).map((a) => `HTTP ${a.status}`),
        ...(o.books.seatsTaken !== o.books.byStatus.accepted ? ['counter off'] : []),
      );
    }
  }
  expect(broken.length).toBeGreaterThan(0);
}
