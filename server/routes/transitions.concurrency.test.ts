// Every registration transition is a compare-and-set: the same cancel, acceptance or rejection
// sent three times at once is made once, a cancel racing a rejection is not lost, and mixed
// traffic keeps seats_taken equal to the accepted registrations. The control run takes the
// guards out and must break the books (on PostgreSQL; SQLite's one connection serialises
// every transaction, so there the races cannot happen at all).
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/support/harness';
import type { RaceApi } from '../../tests/support/raceScenarios';
import { raceSuite, unguardedBreaksTheBooks } from '../../tests/support/raceSuite';

const control = vi.hoisted(() => ({ unguarded: false }));

vi.mock('../db/repositories/registrations', async (importOriginal) => {
  const real = await importOriginal<typeof import('../db/repositories/registrations')>();
  const { unguardedTransitions } = await import('../../tests/support/unguarded/transitions');
  const unguarded = unguardedTransitions(real);
  const pick =
    <K extends keyof typeof unguarded>(name: K) =>
    (...args: Parameters<(typeof real)[K]>) =>
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      ((control.unguarded ? unguarded[name] : real[name]) as any)(...args);
  return {
    ...real,
    lockRegistration: pick('lockRegistration'),
    lockRegistrations: pick('lockRegistrations'),
    claimFirstWaitlisted: pick('claimFirstWaitlisted'),
    moveStatus: pick('moveStatus'),
    releaseSeats: pick('releaseSeats'),
  };
});

let s: TestServer;
let api: RaceApi;
beforeAll(async () => {
  s = await startTestServer();
  const organizer = await s.tokenFor('organizer');
  api = {
    organizer,
    db: s.db.kysely,
    now: s.deps.now(),
    async call(method, path, init) {
      const res = await s.json<Record<string, unknown>>(method, path, init);
      return { status: res.status, body: res.body };
    },
  };
});
afterAll(() => s.close());

describe('registration transitions under concurrent requests', () => {
  raceSuite(() => api, 3);

  it.runIf(Boolean(process.env.DATABASE_URL))(
    'control: without the guards the same requests break the books',
    async () => {
      control.unguarded = true;
      try {
        await unguardedBreaksTheBooks(api, 3);
      } finally {
        control.unguarded = false;
      }
    },
  );
});
