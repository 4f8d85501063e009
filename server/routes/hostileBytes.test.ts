// Bytes a hostile tester sends: U+0000 in a field, in a path, in a query; JSON nested 20,000
// deep; the same UUID in capitals. Each is a 4xx in the user's language, never a 500, and
// nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import {
  registrationBody,
  type RegistrationBody,
} from '../../tests/support/factories/registration';

let s: TestServer;
let organizer: string;
beforeAll(async () => {
  s = await startTestServer();
  organizer = await s.tokenFor('organizer');
  await s.call('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({ slug: 'hostile' }),
  });
});
afterAll(() => s.close());

const person = (overrides: Partial<RegistrationBody> = {}) =>
  registrationBody({
    fullName: 'Nadia',
    role: 'citizen',
    provinceCode: 'tanger-assilah',
    locale: 'fr',
    ...overrides,
  });

const registrations = async () =>
  (await s.json<unknown[]>('GET', '/api/meetings/hostile/registrations', { token: organizer })).body
    .length;

describe('U+0000', () => {
  it('in a field is refused with 422 naming the field, in the request language', async () => {
    const before = await registrations();
    const res = await s.json<{ code: string; errors: Array<{ path: string; message: string }> }>(
      'POST',
      '/api/meetings/hostile/registrations',
      { body: person({ fullName: 'a\u0000b' }) },
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('validation');
    expect(res.body.errors).toEqual([{ path: 'fullName', message: 'Valeur non valide.' }]);
    expect(await registrations()).toBe(before);
  });

  it('deep in a nested field names its dotted path', async () => {
    const res = await s.json<{ errors: Array<{ path: string }> }>('POST', '/api/meetings', {
      token: organizer,
      body: meetingBody({ slug: 'nul-nested', workshops: [{ id: 'w1', title: { ar: '\u0000' } }] }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e) => e.path)).toEqual(['workshops.0.title.ar']);
  });

  it('in a path or a query answers 404', async () => {
    expect((await s.call('GET', '/api/meetings/%00')).status).toBe(404);
    expect((await s.call('GET', '/api/meetings/hostile%00')).status).toBe(404);
    const search = await s.call('GET', '/api/meetings/hostile/registrations?q=a%00b', {
      token: organizer,
    });
    expect(search.status).toBe(404);
  });
});

describe('deep JSON', () => {
  it('20,000 levels deep is a 422, not a stack overflow', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    for (const [method, path] of [
      ['POST', '/api/meetings/hostile/registrations'],
      ['PATCH', '/api/meetings/hostile'],
    ] as const) {
      const res = await s.json<{ code: string; errors: Array<{ path: string }> }>(method, path, {
        token: organizer,
        body: `{"title":${deep}}`,
      });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('validation');
    }
  });

  it('33 levels is refused, 32 are parsed (and then judged by the schema)', async () => {
    const nest = (n: number) => '{"a":'.repeat(n - 1) + '{}' + '}'.repeat(n - 1);
    const at = async (n: number) =>
      (
        await s.json<{ errors: Array<{ message: string }> }>(
          'POST',
          '/api/meetings/hostile/registrations',
          { body: nest(n), headers: { 'accept-language': 'en' } },
        )
      ).body.errors[0]?.message;
    expect(await at(33)).toMatch(/nested too deeply/);
    expect(await at(32)).not.toMatch(/nested too deeply/);
  });
});

describe('UUIDs in capitals', () => {
  it('a replay in upper case is the same registration, and so is its path', async () => {
    const body = person();
    const first = await s.json<{ id: string; manageToken: string }>(
      'POST',
      '/api/meetings/hostile/registrations',
      { body },
    );
    expect(first.status).toBe(201);
    const before = await registrations();
    const again = await s.json<{ id: string; manageToken: string }>(
      'POST',
      '/api/meetings/hostile/registrations',
      { body: { ...body, id: body.id.toUpperCase() } },
    );
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await registrations()).toBe(before);
    const read = await s.json<{ id: string }>(
      'GET',
      `/api/registrations/${body.id.toUpperCase()}`,
      { token: first.body.manageToken },
    );
    expect([read.status, read.body.id]).toEqual([200, body.id]);
  });
});
