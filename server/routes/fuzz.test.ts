// A few thousand mutated bodies on every write endpoint, as a hostile tester sends them:
// wrong types, missing and extra keys, U+0000, odd Unicode, huge numbers and strings, deep
// nesting, truncated or non-UTF-8 JSON. None may be a 5xx; a refused one (4xx) stores nothing
// (row counts unchanged); and the seat books still hold at the end. Seeded, so a failure
// replays: the seed and the request are in the assertion message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { seatInvariantViolations } from '../domain/registration/seatInvariant';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

const SEED = 0x11a9a;
const REQUESTS = 2400;

/** mulberry32: small, fast and good enough to pick mutations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ODD_VALUES: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\u202eمقلوب',
  '😀'.repeat(50),
  '\ud800',
  '\uffff',
  'ـــ',
  "'; drop table registrations; --",
  '<script>alert(1)</script>',
  'x'.repeat(5000),
  '2026-02-30T25:61',
  'NaN',
  [],
  {},
  [[[]]],
  { __proto__: { polluted: true } } as unknown as Json,
  { constructor: { prototype: { polluted: true } } },
  ['a\u0000'],
];

let s: TestServer;
let organizer: string;
let admin: string;
let slug = '';
let reg = { id: '', manageToken: '' };
let proposalId = '';
let staffId = '';

const TABLES = [
  'meetings',
  'registrations',
  'feedback',
  'proposals',
  'support_requests',
  'checkin_events',
  'outbox',
  'users',
  'invitations',
  'audit_log',
] as const;

async function counts(): Promise<string> {
  const parts = TABLES.map((t) => sql`(select count(*) from ${sql.table(t)}) as ${sql.ref(t)}`);
  const { rows } = await sql`select ${sql.join(parts)}`.execute(s.db.kysely);
  return JSON.stringify(rows[0], (_k, v: unknown) => (typeof v === 'string' ? Number(v) : v));
}

interface Target {
  method: string;
  path: () => string;
  token: () => string | undefined;
  body: () => Json;
}

function targets(): Target[] {
  const person = (): Json =>
    registrationBody({
      fullName: 'سعاد',
      role: 'citizen',
      provinceCode: 'tanger-assilah',
      workshopId: 'w1',
    }) as Json;
  const org = () => organizer;
  const m = () => `/api/meetings/${slug}`;
  return [
    {
      method: 'POST',
      path: () => '/api/auth/login',
      token: () => undefined,
      body: () => ({ email: 'nobody@test.ma', password: 'wrong-password-1' }),
    },
    {
      method: 'POST',
      path: () => '/api/meetings',
      token: org,
      body: () => meetingBody({ slug }) as Json,
    },
    {
      method: 'PATCH',
      path: m,
      token: org,
      body: () => ({ capacity: 40, title: { fr: 'Titre' }, venue: { name: 'Dar' } }),
    },
    { method: 'POST', path: () => `${m()}/registrations`, token: () => undefined, body: person },
    {
      method: 'POST',
      path: () => `${m()}/registrations`,
      token: () => undefined,
      body: () => ({ ...(person() as object), id: reg.id.toUpperCase() }),
    },
    {
      method: 'POST',
      path: () => `${m()}/registrations/recover`,
      token: () => undefined,
      body: () => ({ email: 'someone@example.ma', phone: '0612345678' }),
    },
    {
      method: 'POST',
      path: () => `${m()}/registrations/decisions`,
      token: org,
      body: () => ({ decisions: [{ id: reg.id, status: 'waitlisted' }] }),
    },
    {
      method: 'POST',
      path: () => `${m()}/invitations`,
      token: org,
      body: () => ({ count: 0, label: 'x' }),
    },
    {
      method: 'PATCH',
      path: () => `/api/registrations/${reg.id}`,
      token: () => reg.manageToken,
      body: () => ({ fullName: 'سعاد ب', workshopId: 'w2' }),
    },
    {
      method: 'POST',
      path: () => `/api/registrations/${reg.id}/support`,
      token: () => reg.manageToken,
      body: () => ({ travel: true, lodging: false, nights: 1 }),
    },
    {
      method: 'POST',
      path: () => `${m()}/support/decisions`,
      token: org,
      body: () => ({ decisions: [{ registrationId: reg.id, travel: 'approved' }] }),
    },
    {
      method: 'POST',
      path: () => `${m()}/checkins`,
      token: org,
      body: () => ({
        deviceId: 'desk-1',
        events: [
          { id: randomUUID(), registrationId: reg.id, at: '2026-11-23T10:00:00Z', method: 'qr' },
        ],
      }),
    },
    {
      method: 'POST',
      path: () => `${m()}/attendees/${reg.id}/workshop`,
      token: org,
      body: () => ({ workshopId: 'w1' }),
    },
    {
      method: 'POST',
      path: () => `${m()}/feedback`,
      token: () => undefined,
      body: () => ({
        id: randomUUID(),
        kind: 'on-site',
        ratings: { overall: 4 },
        problems: ['p'],
        solutions: ['s'],
        locale: 'fr',
      }),
    },
    {
      method: 'POST',
      path: () => `${m()}/feedback/invitations`,
      token: org,
      body: () => ({ audience: 'attended' }),
    },
    {
      method: 'PATCH',
      path: () => `/api/proposals/${proposalId}`,
      token: org,
      body: () => ({ status: 'adopted', explanation: 'لأن', hidden: false }),
    },
    { method: 'POST', path: () => `${m()}/reminders`, token: org, body: () => ({ daysBefore: 1 }) },
    { method: 'POST', path: () => `${m()}/outbox/1/resend`, token: org, body: () => ({}) },
    {
      method: 'POST',
      path: () => `${m()}/team`,
      token: org,
      body: () => ({ email: 'staff@test.ma', role: 'checkin' }),
    },
    {
      method: 'PUT',
      path: () => `${m()}/team/${staffId}`,
      token: org,
      body: () => ({ role: 'organizer' }),
    },
    {
      method: 'POST',
      path: () => '/api/users',
      token: () => admin,
      body: () => ({ email: 'new@test.ma', password: 'short', role: 'organizer' }),
    },
  ];
}

/** Every path into a JSON value, found without recursion. */
function pathsOf(value: Json): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  const stack: Array<{ v: Json; p: Array<string | number> }> = [{ v: value, p: [] }];
  while (stack.length) {
    const { v, p } = stack.pop() as { v: Json; p: Array<string | number> };
    out.push(p);
    if (Array.isArray(v)) v.forEach((item, i) => stack.push({ v: item, p: [...p, i] }));
    else if (v && typeof v === 'object')
      for (const [k, item] of Object.entries(v)) stack.push({ v: item, p: [...p, k] });
  }
  return out;
}

function mutate(body: Json, rnd: () => number): Json {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  let root = structuredClone(body);
  for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
    const path = pick(pathsOf(root));
    const odd = structuredClone(pick(ODD_VALUES));
    if (path.length === 0) {
      root = rnd() < 0.5 ? odd : [root];
      continue;
    }
    const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as never)[k], root) as never;
    const key = path[path.length - 1] as never;
    const op = rnd();
    if (op < 0.5) parent[key] = odd as never;
    else if (op < 0.65 && !Array.isArray(parent)) delete parent[key];
    else if (op < 0.8) parent[key] = [parent[key]] as never;
    else if (!Array.isArray(parent))
      (parent as Record<string, Json>)[`x${n}\u0000`.slice(0, rnd() < 0.5 ? 2 : 3)] = odd;
    else parent[key] = { value: parent[key] } as never;
  }
  return root;
}

/** Raw damage to the JSON text: what no serializer produces. */
function damage(text: string, rnd: () => number): string | Uint8Array<ArrayBuffer> {
  const op = rnd();
  if (op < 0.25) return text.slice(0, Math.floor(rnd() * text.length));
  if (op < 0.45) return `${'['.repeat(20 + Math.floor(rnd() * 20_000))}${text}`;
  if (op < 0.6) return `\ufeff${text}`;
  if (op < 0.75) {
    const bytes = Buffer.from(text, 'utf8');
    bytes[Math.floor(rnd() * bytes.length)] = 0xff;
    return Uint8Array.from(bytes);
  }
  if (op < 0.9) return text.replace(/"(\w+)":/, '"$1":1,"$1":');
  return text.replace(/"[^"]*"/, '"\\u0000"');
}

beforeAll(async () => {
  s = await startTestServer();
  organizer = await s.tokenFor('organizer');
  admin = await s.tokenFor('admin');
  slug = 'fuzz';
  const created = await s.call('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({
      slug,
      capacity: 5,
      support: {
        travel: { enabled: true, minDistanceKm: 0, seats: 2 },
        lodging: { enabled: true, minDistanceKm: 0, rooms: 1, nights: 1 },
        priorityAccessibility: true,
        acceptedOnly: false,
      },
    }),
  });
  if (created.status !== 201) throw new Error(`setup: ${await created.text()}`);
  const people = [];
  for (let i = 0; i < 7; i++) {
    const res = await s.json<{ id: string; manageToken: string }>(
      'POST',
      `/api/meetings/${slug}/registrations`,
      {
        body: registrationBody({
          fullName: `مشارك ${i}`,
          gender: 'male',
          ageBand: '40-50',
          role: 'citizen',
          locale: 'fr',
        }),
      },
    );
    people.push(res.body);
  }
  reg = people[0] as typeof reg;
  if (!reg?.id) throw new Error(`setup: ${JSON.stringify(people[0])}`);
  const feedback = await s.json<{ proposals: string[] }>('POST', `/api/meetings/${slug}/feedback`, {
    body: {
      id: randomUUID(),
      kind: 'on-site',
      ratings: { overall: 4 },
      problems: ['مشكل'],
      solutions: ['حل'],
      locale: 'ar',
    },
  });
  proposalId = feedback.body.proposals?.[0] ?? randomUUID();
  const staff = await s.json<{ id: string }>('POST', '/api/users', {
    token: admin,
    body: {
      email: `desk-${randomUUID().slice(0, 6)}@test.ma`,
      password: 'staff-password-1',
      role: 'checkin',
    },
  });
  staffId = staff.body.id ?? randomUUID();
});
afterAll(() => s.close());

describe('mutated bodies on every write endpoint', () => {
  it(`answer no 5xx and store nothing when refused (${REQUESTS} requests, seed ${SEED})`, async () => {
    const rnd = prng(SEED);
    const all = targets();
    const refusedButStored: string[] = [];
    const serverErrors: string[] = [];
    const answered = { ok: 0, refused: 0 };
    let before = await counts();
    for (let i = 0; i < REQUESTS; i++) {
      const target = all[i % all.length] as Target;
      const json = JSON.stringify(mutate(target.body(), rnd));
      const body = rnd() < 0.2 ? damage(json, rnd) : json;
      const token = target.token();
      const res = await s.app.request(target.path(), {
        method: target.method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
      });
      await res.arrayBuffer();
      const after = await counts();
      const what = `#${i} ${target.method} ${target.path()} ${String(body).slice(0, 200)}`;
      answered[res.status < 400 ? 'ok' : 'refused']++;
      if (res.status >= 500) serverErrors.push(`${res.status} ${what}`);
      if (res.status >= 400 && after !== before) refusedButStored.push(`${res.status} ${what}`);
      before = after;
    }
    expect(serverErrors).toEqual([]);
    expect(refusedButStored).toEqual([]);
    // Both paths were exercised: mutations the schemas accept, and far more they refuse.
    expect(answered.ok).toBeGreaterThan(0);
    expect(answered.refused).toBeGreaterThan(REQUESTS / 2);
    const meeting = await s.db.kysely
      .selectFrom('meetings')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    expect((await seatInvariantViolations(s.db.kysely, meeting.id)).violations).toEqual([]);
  }, 240_000);
});
