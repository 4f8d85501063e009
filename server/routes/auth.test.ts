// Staff accounts: sign-in, sessions, roles, throttling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestServer, type TestServer } from '../../tests/support/harness';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe('staff sign-in', () => {
  it('gives a token and an HttpOnly SameSite session cookie to the first admin', async () => {
    const { status, body, res } = await s.json<{
      token: string;
      user: { email: string; role: string };
    }>('POST', '/api/auth/login', { body: { email: 'ADMIN@test.ma', password: ADMIN.password } });
    expect(status).toBe(200);
    expect(body.user).toEqual({ email: ADMIN.email, role: 'admin' });
    expect(body.token.length).toBeGreaterThanOrEqual(40);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/liqa_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('the session cookie alone authenticates', async () => {
    const { res } = await s.json('POST', '/api/auth/login', { body: ADMIN });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const me = await s.json('GET', '/api/auth/me', { headers: { cookie } });
    expect(me.status).toBe(200);
  });

  it('refuses a wrong password with 401 in the asked language', async () => {
    const { status, body } = await s.json<{ code: string; detail: string }>(
      'POST',
      '/api/auth/login',
      {
        body: { email: ADMIN.email, password: 'wrong-password' },
        headers: { 'accept-language': 'en' },
      },
    );
    expect(status).toBe(401);
    expect(body.code).toBe('unauthorized');
    expect(body.detail).toBe('Wrong e-mail or password.');
  });

  it('logout invalidates the token on the server', async () => {
    const { body } = await s.json<{ token: string }>('POST', '/api/auth/login', { body: ADMIN });
    expect((await s.call('GET', '/api/auth/me', { token: body.token })).status).toBe(200);
    expect((await s.call('POST', '/api/auth/logout', { token: body.token })).status).toBe(204);
    expect((await s.call('GET', '/api/auth/me', { token: body.token })).status).toBe(401);
  });

  it('throttles guessing: after 10 wrong passwords even the right one waits', async () => {
    const email = 'guess-target@test.ma';
    const admin = await s.tokenFor('admin');
    await s.call('POST', '/api/users', {
      token: admin,
      body: { email, password: 'right-password-1', role: 'organizer' },
    });
    for (let i = 0; i < 10; i++) {
      await s.call('POST', '/api/auth/login', { body: { email, password: `nope-${i}` } });
    }
    const res = await s.call('POST', '/api/auth/login', {
      body: { email, password: 'right-password-1' },
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json()).code).toBe('rate-limited');
  });
});

describe('staff accounts and roles', () => {
  it('an admin creates an organizer, who can then sign in', async () => {
    const admin = await s.tokenFor('admin');
    const created = await s.json('POST', '/api/users', {
      token: admin,
      body: { email: 'Org@Test.ma', password: 'organizer-pass-1', role: 'organizer' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'org@test.ma', role: 'organizer' });
    const login = await s.json('POST', '/api/auth/login', {
      body: { email: 'org@test.ma', password: 'organizer-pass-1' },
    });
    expect(login.status).toBe(200);
  });

  it('refuses the same e-mail twice', async () => {
    const admin = await s.tokenFor('admin');
    const body = { email: 'twice@test.ma', password: 'organizer-pass-1', role: 'checkin' };
    expect((await s.call('POST', '/api/users', { token: admin, body })).status).toBe(201);
    expect((await s.call('POST', '/api/users', { token: admin, body })).status).toBe(409);
  });

  it('lists each wrong field of a new user in Arabic by default', async () => {
    const admin = await s.tokenFor('admin');
    const { status, body } = await s.json<{ errors: Array<{ path: string; message: string }> }>(
      'POST',
      '/api/users',
      {
        token: admin,
        body: { email: 'not-an-email', password: 'short', role: 'boss' },
      },
    );
    expect(status).toBe(422);
    expect(body.errors.map((e) => e.path).sort()).toEqual(['email', 'password', 'role']);
    expect(body.errors.every((e) => /[\u0600-\u06FF]/.test(e.message))).toBe(true);
  });

  it('only an admin creates accounts; an organizer gets 403, nobody gets 401', async () => {
    const organizer = await s.tokenFor('organizer');
    const body = { email: 'x@test.ma', password: 'organizer-pass-1', role: 'admin' };
    expect((await s.call('POST', '/api/users', { token: organizer, body })).status).toBe(403);
    expect((await s.call('POST', '/api/users', { body })).status).toBe(401);
  });

  it('check-in staff cannot create meetings', async () => {
    const checkin = await s.tokenFor('checkin');
    const res = await s.call('POST', '/api/meetings', { token: checkin, body: {} });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('forbidden');
  });
});
