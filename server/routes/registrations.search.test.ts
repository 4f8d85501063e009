// `GET …/registrations?q=` over HTTP: names and organizations across scripts, best first, the
// stored keys kept with each edit, and nothing from another meeting.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

let s: TestServer;
let organizer: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
});
afterAll(() => s.close());

let n = 0;
function person(fullName: string, organization?: string) {
  n++;
  return registrationBody({
    fullName,
    ...(organization ? { organization } : {}),
    email: `s${n}-${randomUUID().slice(0, 6)}@example.ma`,
  });
}

async function meetingWith(people: Array<[string, string?]>) {
  const slug = `q-${randomUUID().slice(0, 8)}`;
  const res = await s.json('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({ slug, capacity: 100 }),
  });
  expect(res.status).toBe(201);
  const tokens: Array<{ id: string; manageToken: string }> = [];
  for (const [name, org] of people) {
    const r = await s.json<{ id: string; manageToken: string }>(
      'POST',
      `/api/meetings/${slug}/registrations`,
      { body: person(name, org) },
    );
    expect(r.status).toBe(201);
    tokens.push(r.body);
  }
  return { slug, tokens };
}

async function search(slug: string, q: string): Promise<string[]> {
  const res = await s.json<Array<{ fullName: string }>>(
    'GET',
    `/api/meetings/${slug}/registrations?q=${encodeURIComponent(q)}`,
    { token: organizer },
  );
  expect(res.status).toBe(200);
  return res.body.map((r) => r.fullName);
}

const ROSTER: Array<[string, string?]> = [
  ['أحمد بنعلي', 'جمعية الأمل'],
  ['نصيرة الخمليشي'],
  ['عبد الله التازي'],
  ['Karim Bennani', 'Association Tanmia'],
  ['سناء العلمي', 'Association Tanmia Tétouan'],
  ['Ahmed Tazi'],
];

describe('searching the list by name across scripts', () => {
  let slug: string;
  beforeAll(async () => {
    slug = (await meetingWith(ROSTER)).slug;
  });

  it('finds أحمد by "Ahmed", the same spelling first', async () => {
    expect(await search(slug, 'Ahmed')).toEqual(['Ahmed Tazi', 'أحمد بنعلي']);
  });

  it('finds الخمليشي by "El Khamlichi" and by "Elkhamlichi"', async () => {
    expect(await search(slug, 'El Khamlichi')).toEqual(['نصيرة الخمليشي']);
    expect(await search(slug, 'Elkhamlichi')).toEqual(['نصيرة الخمليشي']);
  });

  it('finds عبد الله by عبدالله, and بنعلي by بن علي', async () => {
    expect(await search(slug, 'عبدالله')).toEqual(['عبد الله التازي']);
    expect(await search(slug, 'بن علي')).toEqual(['أحمد بنعلي']);
  });

  it('ranks the name that matches both words before one that matches across scripts', async () => {
    const found = await search(slug, 'أحمد التازي');
    expect(found[0]).toBe('Ahmed Tazi');
  });

  it('searches organizations too, a name match before an organization match', async () => {
    expect(await search(slug, 'tanmia')).toEqual(['Karim Bennani', 'سناء العلمي']);
    expect(await search(slug, 'الامل')).toEqual(['أحمد بنعلي']);
  });

  it('still finds people by e-mail address', async () => {
    const all = await s.json<Array<{ fullName: string; email: string }>>(
      'GET',
      `/api/meetings/${slug}/registrations`,
      { token: organizer },
    );
    const someone = all.body[2] as { fullName: string; email: string };
    expect(await search(slug, someone.email)).toEqual([someone.fullName]);
  });

  it('keeps the other filters, and exports only what it found', async () => {
    const cancelled = await s.json<Array<{ fullName: string }>>(
      'GET',
      `/api/meetings/${slug}/registrations?q=Ahmed&status=cancelled`,
      { token: organizer },
    );
    expect(cancelled.body).toEqual([]);
    const csv = await s.call('GET', `/api/meetings/${slug}/registrations?q=Ahmed&format=csv`, {
      token: organizer,
    });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('Ahmed Tazi');
    expect(text).toContain('أحمد بنعلي');
    expect(text).not.toContain('Karim Bennani');
    expect(text.indexOf('Ahmed Tazi')).toBeLessThan(text.indexOf('أحمد بنعلي'));
  });

  it('finds no one of another meeting', async () => {
    const other = await meetingWith([['Ahmed Alaoui']]);
    expect(await search(slug, 'Alaoui')).toEqual([]);
    expect(await search(other.slug, 'Ahmed')).toEqual(['Ahmed Alaoui']);
  });
});

describe('the stored keys', () => {
  it('follow an edit of the name', async () => {
    const { slug, tokens } = await meetingWith([['Fatima Zahra Idrissi']]);
    const [me] = tokens as [{ id: string; manageToken: string }];
    expect(await search(slug, 'Idrissi')).toEqual(['Fatima Zahra Idrissi']);
    const edited = await s.call('PATCH', `/api/registrations/${me.id}`, {
      token: me.manageToken,
      body: { fullName: 'فاطمة الزهراء الشرايبي' },
    });
    expect(edited.status).toBe(200);
    expect(await search(slug, 'Idrissi')).toEqual([]);
    expect(await search(slug, 'Chraibi')).toEqual(['فاطمة الزهراء الشرايبي']);
  });

  it('are cleared with the name when the person erases their data', async () => {
    const { slug, tokens } = await meetingWith([['Hind Lahlou']]);
    const [me] = tokens as [{ id: string; manageToken: string }];
    expect(await search(slug, 'لحلو')).toEqual(['Hind Lahlou']);
    const erased = await s.call('DELETE', `/api/registrations/${me.id}`, { token: me.manageToken });
    expect(erased.status).toBe(200);
    expect(await search(slug, 'لحلو')).toEqual([]);
    expect(await search(slug, 'Hind')).toEqual([]);
  });

  it('include people registered since the last search', async () => {
    const { slug } = await meetingWith([['Anas Lyamlahi']]);
    expect(await search(slug, 'اليملاحي')).toEqual(['Anas Lyamlahi']);
    await s.json('POST', `/api/meetings/${slug}/registrations`, { body: person('أنس اليملاحي') });
    expect(await search(slug, 'اليملاحي')).toEqual(['أنس اليملاحي', 'Anas Lyamlahi']);
  });

  it('are derived for rows written without them, and stored', async () => {
    const { slug } = await meetingWith([['يوسف الإدريسي']]);
    const db = s.deps.db.kysely;
    const meeting = await db
      .selectFrom('meetings')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('registrations')
      .set({ name_keys: null })
      .where('meeting_id', '=', meeting.id)
      .execute();
    expect(await search(slug, 'Youssef Idrissi')).toEqual(['يوسف الإدريسي']);
    const row = await db
      .selectFrom('registrations')
      .select('name_keys')
      .where('meeting_id', '=', meeting.id)
      .executeTakeFirstOrThrow();
    expect(row.name_keys).toMatch(/^k1 /);
  });
});
