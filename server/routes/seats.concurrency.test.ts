// Never more accepted than capacity: 200 people at once for the last 10 seats. The control run
// swaps the conditional UPDATE for a read-then-write and must overbook, proving the test can
// see the race (on PostgreSQL, where a registration is one statement whose seat part is
// swapped; on SQLite one connection serialises every transaction).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

const control = vi.hoisted(() => ({ unlocked: false }));

vi.mock('../db/repositories/registrations', async (importOriginal) => {
  const real = await importOriginal<typeof import('../db/repositories/registrations')>();
  return {
    ...real,
    takeSeats: async (...args: Parameters<typeof real.takeSeats>) => {
      if (!control.unlocked) return real.takeSeats(...args);
      const [db, meetingId, n] = args;
      const row = await db
        .selectFrom('meetings')
        .select(['seats_taken', 'capacity'])
        .where('id', '=', meetingId)
        .executeTakeFirstOrThrow();
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (row.seats_taken + n > row.capacity) return false;
      await db
        .updateTable('meetings')
        .set({ seats_taken: row.seats_taken + n })
        .where('id', '=', meetingId)
        .execute();
      return true;
    },
  };
});

vi.mock('../db/repositories/seatTaking', async (importOriginal) => {
  const real = await importOriginal<typeof import('../db/repositories/seatTaking')>();
  const { sql } = await import('kysely');
  return {
    ...real,
    takeSeatStatement: async (...args: Parameters<typeof real.takeSeatStatement>) => {
      if (!control.unlocked) return real.takeSeatStatement(...args);
      const [db, meetingId] = args;
      const row = await db
        .selectFrom('meetings')
        .select(['seats_taken', 'capacity'])
        .where('id', '=', meetingId)
        .executeTakeFirstOrThrow();
      await new Promise((resolve) => setTimeout(resolve, 2));
      const taken = row.seats_taken + 1;
      return sql`update meetings set seats_taken = ${taken}
        where id = ${meetingId} and ${taken}::integer <= capacity
        returning 'accepted'::text as status`;
    },
  };
});

let s: TestServer;
let organizer: string;
beforeAll(async () => {
  s = await startTestServer();
  organizer = await s.tokenFor('organizer');
});
afterAll(() => s.close());

const person = () =>
  registrationBody({
    fullName: 'Participant',
    gender: 'male',
    ageBand: '18-30',
    role: 'citizen',
    provinceCode: 'tanger-assilah',
    locale: 'fr',
  });

async function rushForLastTenSeats(slug: string) {
  await s.call('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({ slug, capacity: 50 }),
  });
  for (let i = 0; i < 40; i++)
    await s.call('POST', `/api/meetings/${slug}/registrations`, { body: person() });
  const answers = await Promise.all(
    Array.from({ length: 200 }, async () => {
      const res = await s.call('POST', `/api/meetings/${slug}/registrations`, { body: person() });
      return ((await res.json()) as { status: string }).status;
    }),
  );
  const all = await s.json<Array<{ status: string }>>(
    'GET',
    `/api/meetings/${slug}/registrations`,
    { token: organizer },
  );
  return {
    acceptedNow: answers.filter((a) => a === 'accepted').length,
    waitlistedNow: answers.filter((a) => a === 'waitlisted').length,
    acceptedInAll: all.body.filter((r) => r.status === 'accepted').length,
  };
}

describe('the last ten seats', () => {
  it('go to exactly ten of 200 concurrent registrations; the rest wait', async () => {
    const result = await rushForLastTenSeats('rush');
    expect(result).toEqual({ acceptedNow: 10, waitlistedNow: 190, acceptedInAll: 50 });
    const meeting = await s.json<{ seatsLeft: number }>('GET', '/api/meetings/rush');
    expect(meeting.body.seatsLeft).toBe(0);
  });

  it.runIf(Boolean(process.env.DATABASE_URL))(
    'control: without the conditional update they overbook',
    async () => {
      control.unlocked = true;
      try {
        const result = await rushForLastTenSeats('rush-control');
        expect(result.acceptedInAll).toBeGreaterThan(50);
      } finally {
        control.unlocked = false;
      }
    },
  );
});
