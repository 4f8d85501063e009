// PostgreSQL queries (each a round trip) that one public registration costs, counted in the
// benchmark's own process over an in-process server: 10 before the one-statement write.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { meetingBody, startTestServer } from '../tests/support/harness';
import { registrationBody } from '../tests/support/factories/registration';

const REGISTRATIONS = 20;

export async function pgQueriesPerRegistration(): Promise<number> {
  const s = await startTestServer();
  const original = pg.Client.prototype.query;
  let queries = 0;
  try {
    const token = await s.tokenFor('admin');
    await s.call('POST', '/api/meetings', {
      token,
      body: meetingBody({ slug: 'round-trips', eligibleRegions: undefined, capacity: 1000 }),
    });
    const register = async () => {
      const id = randomUUID();
      const res = await s.call('POST', '/api/meetings/round-trips/registrations', {
        body: registrationBody({
          id,
          fullName: 'مشارك تجريبي',
          role: 'citizen',
          email: `${id}@bench.ma`,
        }),
      });
      if (res.status !== 201) throw new Error(`registration answered ${res.status}`);
    };
    await register(); // the server secret and the pool's connections, once
    pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
      queries++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    for (let i = 0; i < REGISTRATIONS; i++) await register();
  } finally {
    pg.Client.prototype.query = original;
    await s.close();
  }
  return queries / REGISTRATIONS;
}
