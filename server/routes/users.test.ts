// Staff accounts that can be listed, re-passworded and shut; sessions that end when idle.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../domain/accounts';
import { ADMIN, startTestServer, type TestServer } from '../../tests/support/harness';

let s: TestServer;
let admin: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  admin = await s.tokenFor('admin');
});
afterAll(() => s.close());

const PASSWORD = 'desk-at-tangier-1';

async function account(role = 'checkin') {
  const email = `u-${randomUUID().slice(0, 6)}@assoc.ma`;
  const created = await s.json<{ id: string }>('POST', '/api/users', {
    token: admin,
    body: { email, password: PASSWORD, role },
  });
  expect(created.status).toBe(201);
  return { id: created.body.id, email };
}

const login = (email: string, password = PASSWORD) =>
  s.json<{ token: string }>('POST', '/api/auth/login', { body: { email, password } });
const me = async (token: string) => (await s.call('GET', '/api/auth/me', { token })).status;
const patch = (id: string, body: unknown, token = admin) =>
  s.json<Record<string, unknown>>('PATCH', `/api/users/${id}`, { token, body });

describe('the list of accounts', () => {
  it('shows admins each account with its role, state and last sign-in', async () => {
    const { id, email } = await account('organizer');
    await login(email);
    const { status, body } = await s.json<Array<Record<string, unknown>>>('GET', '/api/users', {
      token: admin,
    });
    expect(status).toBe(200);
    expect(body.find((u) => u.id === id)).toEqual({
      id,
      email,
      role: 'organizer',
      disabled: false,
      lastLoginAt: '2026-11-23T10:00:00.000Z',
    });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|password/);
  });

  it('is for admins only', async () => {
    expect((await s.call('GET', '/api/users')).status).toBe(401);
    const organizer = await s.tokenFor('organizer');
    expect((await s.call('GET', '/api/users', { token: organizer })).status).toBe(403);
    const { id } = await account();
    expect((await patch(id, { disabled: true }, organizer)).status).toBe(403);
  });
});

describe('shutting an account', () => {
  it('ends its sessions at once and refuses its sign-in with 401', async () => {
    const { id, email } = await account();
    const first = (await login(email)).body.token;
    const second = (await login(email)).body.token;
    const shut = await patch(id, { disabled: true });
    expect(shut.status).toBe(200);
    expect(shut.body.disabled).toBe(true);
    expect(await me(first)).toBe(401);
    expect(await me(second)).toBe(401);
    const again = await login(email);
    expect(again.status).toBe(401);
    expect((again.body as unknown as { code: string }).code).toBe('unauthorized');
  });

  it('is undone by enabling it again', async () => {
    const { id, email } = await account();
    await patch(id, { disabled: true });
    expect((await patch(id, { disabled: false })).body.disabled).toBe(false);
    expect((await login(email)).status).toBe(200);
  });

  it('cannot be done by an admin to their own account', async () => {
    const self = (
      await s.json<Array<{ id: string; email: string }>>('GET', '/api/users', {
        token: admin,
      })
    ).body.find((u) => u.email === ADMIN.email);
    const res = await patch(self?.id ?? '', { disabled: true });
    expect(res.status).toBe(422);
    expect(await me(admin)).toBe(200);
  });
});

describe('a new password', () => {
  it('set by an admin ends the account’s sessions; the new one signs in, the old one not', async () => {
    const { id, email } = await account();
    const before = (await login(email)).body.token;
    expect((await patch(id, { password: 'new-desk-phrase-22' })).status).toBe(200);
    expect(await me(before)).toBe(401);
    expect((await login(email)).status).toBe(401);
    expect((await login(email, 'new-desk-phrase-22')).status).toBe(200);
  });

  it('chosen by the user ends their other sessions and keeps this one', async () => {
    const { email } = await account('organizer');
    const here = (await login(email)).body.token;
    const phone = (await login(email)).body.token;
    const changed = await s.call('POST', '/api/auth/password', {
      token: here,
      body: { currentPassword: PASSWORD, newPassword: 'organizer-phrase-33' },
    });
    expect(changed.status).toBe(204);
    expect(await me(here)).toBe(200);
    expect(await me(phone)).toBe(401);
    expect((await login(email, 'organizer-phrase-33')).status).toBe(200);
  });

  it('needs the current password, and a strong new one, with the reason in the asked language', async () => {
    const { email } = await account();
    const token = (await login(email)).body.token;
    const wrong = await s.json<{ errors: Array<{ path: string }> }>('POST', '/api/auth/password', {
      token,
      body: { currentPassword: 'not-the-password', newPassword: 'organizer-phrase-33' },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((e) => e.path)).toEqual(['currentPassword']);
    const weak = await s.json<{ errors: Array<{ path: string; message: string }> }>(
      'POST',
      '/api/auth/password',
      {
        token,
        body: { currentPassword: PASSWORD, newPassword: 'password1234' },
        headers: { 'accept-language': 'en' },
      },
    );
    expect(weak.status).toBe(422);
    expect(weak.body.errors).toEqual([
      {
        path: 'newPassword',
        message:
          'This password is too common and easy to guess. Choose a longer, less expected phrase.',
      },
    ]);
  });
});

describe('passwords of new accounts', () => {
  for (const [password, message] of [
    ['short-pass1', 'Le mot de passe doit compter au moins 12 caractères.'],
    [
      'aaaaaaaaaaaa',
      'Ce mot de passe n’est qu’un motif répété ou une suite. Choisissez une vraie phrase.',
    ],
    [
      'qwertyuiop123',
      'Ce mot de passe est trop courant et facile à deviner. Choisissez une phrase plus longue et moins attendue.',
    ],
  ] as const) {
    it(`refuse "${password}" with its reason`, async () => {
      const res = await s.json<{ errors: Array<{ path: string; message: string }> }>(
        'POST',
        '/api/users',
        {
          token: admin,
          headers: { 'accept-language': 'fr' },
          body: { email: `${randomUUID().slice(0, 6)}@assoc.ma`, password, role: 'checkin' },
        },
      );
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ path: 'password', message }]);
    });
  }

  it('the same rule stops a first start with a weak LIQA_ADMIN_PASSWORD', async () => {
    const fresh = await startTestServer({ config: { adminEmail: 'root@test.ma' } });
    try {
      await fresh.db.kysely.deleteFrom('users').execute();
      fresh.deps.config.adminPassword = 'a';
      await expect(ensureFirstAdmin(fresh.deps)).rejects.toThrow(/12 characters/);
      fresh.deps.config.adminPassword = 'aaaaaaaaaaaaaaaa';
      await expect(ensureFirstAdmin(fresh.deps)).rejects.toThrow(/pattern/);
      fresh.deps.config.adminPassword = 'a-real-admin-phrase';
      expect(await ensureFirstAdmin(fresh.deps)).toEqual({ email: 'root@test.ma' });
    } finally {
      await fresh.close();
    }
  });
});

describe('sessions', () => {
  it('end after 12 idle hours, and stay alive while used', async () => {
    const { email } = await account();
    const token = (await login(email)).body.token;
    const start = s.clock.now;
    try {
      for (let hour = 11; hour <= 77; hour += 11) {
        s.clock.now = new Date(start.getTime() + hour * 3_600_000);
        expect(await me(token)).toBe(200);
      }
      s.clock.now = new Date(start.getTime() + (77 + 12) * 3_600_000 + 1000);
      expect(await me(token)).toBe(401);
    } finally {
      s.clock.now = start;
    }
  });

  it('end after 14 days however much they are used', async () => {
    const { email } = await account();
    const token = (await login(email)).body.token;
    const start = s.clock.now;
    try {
      for (let hour = 10; hour < 14 * 24; hour += 10) {
        s.clock.now = new Date(start.getTime() + hour * 3_600_000);
        expect(await me(token)).toBe(200);
      }
      s.clock.now = new Date(start.getTime() + 14 * 86_400_000 + 1000);
      expect(await me(token)).toBe(401);
    } finally {
      s.clock.now = start;
    }
  });
});
