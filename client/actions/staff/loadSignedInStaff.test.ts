import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignedInStaff } from '../../../shared/api/auth';
import { loadSignedInStaff } from './loadSignedInStaff';
import { rememberedStaff } from './rememberedStaff';

const desk: SignedInStaff = {
  id: 'u1',
  email: 'desk@example.ma',
  role: 'checkin',
} as SignedInStaff;

function answer(status: number, body?: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status })),
  );
}

beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('loadSignedInStaff', () => {
  it('opens with the signed-in member and remembers them on the device', async () => {
    answer(200, desk);
    expect(await loadSignedInStaff()).toEqual({ kind: 'user', user: desk });
    expect(rememberedStaff()).toEqual(desk);
  });

  it('says nobody is signed in on a 401, and forgets whoever was remembered', async () => {
    answer(200, desk);
    await loadSignedInStaff();
    answer(401, { code: 'unauthenticated', title: 'Sign in' });
    expect(await loadSignedInStaff()).toEqual({ kind: 'signedOut' });
    expect(rememberedStaff()).toBeNull();
  });

  it('offline, opens with the member remembered on the device', async () => {
    answer(200, desk);
    await loadSignedInStaff();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await loadSignedInStaff()).toEqual({ kind: 'user', user: desk });
  });

  it('offline with nobody remembered, offers to try again', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await loadSignedInStaff()).toEqual({ kind: 'offline' });
  });

  it('a server error is no reason to open with the remembered member', async () => {
    answer(200, desk);
    await loadSignedInStaff();
    answer(500, { code: 'internal', title: 'Oops' });
    expect(await loadSignedInStaff()).toEqual({ kind: 'offline' });
  });
});
