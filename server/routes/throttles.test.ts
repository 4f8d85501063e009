// Throttles and rate limits that hold: counted in the database before the password is checked,
// per account and address, across instances, behind a trusted proxy only when told so.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGuess } from '../auth/loginThrottle';
import { createUser } from '../domain/accounts';
import { consume } from '../limits/limiter';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';

const PASSWORD = 'the-right-phrase-1';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ config: { trustProxy: 1 } });
});
afterAll(() => s.close());

async function account(server: TestServer = s) {
  const email = `owner-${randomUUID().slice(0, 6)}@assoc.ma`;
  await createUser(server.deps, { email, password: PASSWORD, role: 'organizer' }, null);
  return email;
}

const guess = (email: string, password: string, from: string, server: TestServer = s) =>
  server.call('POST', '/api/auth/login', {
    body: { email, password },
    headers: { 'x-forwarded-for': from },
  });

describe('password guesses', () => {
  it('in a parallel burst of 200 get exactly 10 evaluated; the rest wait with Retry-After', async () => {
    const email = await account();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => guess(email, `wrong-${i}`, '198.51.100.7')),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((x) => x === 401)).toHaveLength(10);
    expect(statuses.filter((x) => x === 429)).toHaveLength(190);
    const waiting = answers.find((r) => r.status === 429);
    expect(Number(waiting?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password now waits, from that address.
    expect((await guess(email, PASSWORD, '198.51.100.7')).status).toBe(429);
  });

  it('lock out the guessing address only: the owner signs in from elsewhere', async () => {
    const email = await account();
    for (let i = 0; i < 12; i++) await guess(email, `wrong-${i}`, '203.0.113.66');
    expect((await guess(email, PASSWORD, '203.0.113.66')).status).toBe(429);
    expect((await guess(email, PASSWORD, '192.0.2.10')).status).toBe(200);
  });

  it('from one address over many accounts stop at 30', async () => {
    const answers = [];
    for (let i = 0; i < 31; i++)
      answers.push((await guess(`nobody-${i}@x.ma`, 'x', '192.0.2.99')).status);
    expect(answers.slice(0, 30).every((x) => x === 401)).toBe(true);
    expect(answers[30]).toBe(429);
  });

  it('from many addresses at one account stop at 100 an hour', async () => {
    // Counted as the route counts them (scrypt left out: 110 of them would only be slow).
    const email = await account();
    let counted = 0;
    let refused = 0;
    for (let a = 0; a < 11; a++)
      for (let i = 0; i < 10; i++)
        await countGuess(s.deps, email, `10.0.${a}.1`).then(
          () => counted++,
          () => refused++,
        );
    expect([counted, refused]).toEqual([100, 10]);
    expect((await guess(email, PASSWORD, '10.0.99.1')).status).toBe(429);
  });

  it('after the right password start again from zero for that address', async () => {
    const email = await account();
    for (let i = 0; i < 9; i++) await guess(email, 'wrong', '192.0.2.50');
    expect((await guess(email, PASSWORD, '192.0.2.50')).status).toBe(200);
    for (let i = 0; i < 9; i++)
      expect((await guess(email, 'wrong', '192.0.2.50')).status).toBe(401);
  });
});

describe('the client address', () => {
  it('ignores X-Forwarded-For unless LIQA_TRUST_PROXY says so', async () => {
    const direct = await startTestServer();
    try {
      const email = await account(direct);
      const statuses = [];
      for (let i = 0; i < 11; i++)
        statuses.push((await guess(email, 'wrong', `172.16.0.${i}`, direct)).status);
      expect(statuses[10]).toBe(429);
    } finally {
      await direct.close();
    }
  });

  it('behind two trusted proxies is the address the outer proxy saw', async () => {
    const twoHops = await startTestServer({ config: { trustProxy: 2 } });
    try {
      const email = await account(twoHops);
      // What the client claims (first) changes each time; what our proxies saw does not.
      for (let i = 0; i < 10; i++)
        await guess(email, 'wrong', `6.6.6.${i}, 198.51.100.20, 10.0.0.2`, twoHops);
      expect(
        (await guess(email, PASSWORD, `7.7.7.7, 198.51.100.20, 10.0.0.2`, twoHops)).status,
      ).toBe(429);
      expect((await guess(email, PASSWORD, `198.51.100.21, 10.0.0.2`, twoHops)).status).toBe(200);
    } finally {
      await twoHops.close();
    }
  });
});

describe('two instances on one database', () => {
  it('share every counter: guesses and public writes alike, and after a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'liqa-throttle-'));
    const reuse = { schema: `t_${randomBytes(6).toString('hex')}`, sqliteFile: 'liqa.sqlite' };
    const one = await startTestServer({ dataDir, reuse, config: { trustProxy: 1, rateLimit: 4 } });
    const two = await startTestServer({ dataDir, reuse, config: { trustProxy: 1, rateLimit: 4 } });
    try {
      const email = await account(one);
      const statuses = [];
      for (let i = 0; i < 12; i++)
        statuses.push((await guess(email, 'wrong', '198.51.100.3', i % 2 ? one : two)).status);
      expect(statuses.filter((x) => x === 401)).toHaveLength(10);

      await one.call('POST', '/api/meetings', {
        token: await one.tokenFor('admin'),
        body: meetingBody({ slug: 'shared' }),
      });
      const register = (server: TestServer) =>
        server.call('POST', '/api/meetings/shared/registrations', {
          body: {},
          headers: { 'x-forwarded-for': '198.51.100.4' },
        });
      const writes = [];
      for (let i = 0; i < 6; i++) writes.push((await register(i % 2 ? one : two)).status);
      expect(writes).toEqual([422, 422, 422, 422, 429, 429]);
      await two.close();
      const three = await startTestServer({ dataDir, reuse, config: { trustProxy: 1 } });
      try {
        expect((await guess(email, PASSWORD, '198.51.100.3', three)).status).toBe(429);
      } finally {
        await three.close();
      }
    } finally {
      if (one.db.dialect === 'postgres')
        await sql`drop schema if exists ${sql.id(reuse.schema)} cascade`.execute(one.db.kysely);
      await one.close();
    }
  });
});

describe('the counter table', () => {
  it('forgets windows that have ended', async () => {
    const db = s.db.kysely;
    const rule = { name: 'sweep-test', limit: 1, windowMs: 60_000 };
    const at = new Date('2026-11-23T10:00:00Z');
    for (let i = 0; i < 5; i++) await consume(db, at, rule, `subject-${i}`);
    const later = new Date(at.getTime() + 10 * 60_000);
    expect((await consume(db, later, rule, 'subject-0')).allowed).toBe(true);
    const left = await db
      .selectFrom('rate_limits')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('key', 'like', 'sweep-test:%')
      .executeTakeFirstOrThrow();
    expect(Number(left.n)).toBe(1);
  });
});
