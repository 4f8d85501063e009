// Registration over HTTP: window, regions, duplicates, seats, idempotency, private link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import {
  registrationBody,
  type RegistrationBody,
} from '../../tests/support/factories/registration';

let s: TestServer;
let organizer: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
});
afterAll(() => s.close());

let n = 0;
export function person(overrides: Partial<RegistrationBody> = {}) {
  n++;
  return registrationBody({
    fullName: `فاطمة الزهراء ${n}`,
    organization: 'جمعية التنمية',
    ...overrides,
  });
}

async function meeting(overrides: Record<string, unknown> = {}) {
  const slug = `m-${randomUUID().slice(0, 8)}`;
  const res = await s.json('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({ slug, ...overrides }),
  });
  expect(res.status).toBe(201);
  return slug;
}

type Answer = { id: string; status: string; manageToken: string; manageUrl: string; code?: string };
const registerAt = (slug: string, body: unknown, headers?: Record<string, string>) =>
  s.json<Answer>('POST', `/api/meetings/${slug}/registrations`, { body, headers });

describe('registering', () => {
  it('accepts while seats remain, then waitlists', async () => {
    const slug = await meeting({ capacity: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await registerAt(slug, person())).body.status);
    expect(statuses).toEqual(['accepted', 'accepted', 'waitlisted']);
  });

  it('refuses with capacity-exceeded when full and there is no waitlist', async () => {
    const slug = await meeting({ capacity: 1, waitlist: false });
    expect((await registerAt(slug, person())).status).toBe(201);
    const full = await registerAt(slug, person());
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('capacity-exceeded');
  });

  it('leaves registrations pending under manual approval', async () => {
    const slug = await meeting({ approval: 'manual' });
    expect((await registerAt(slug, person())).body.status).toBe('pending');
  });

  it('gives a private link carrying a 256-bit token after #', async () => {
    const slug = await meeting();
    const { status, body } = await registerAt(slug, person());
    expect(status).toBe(201);
    expect(Buffer.from(body.manageToken, 'base64url').length).toBe(32);
    expect(body.manageUrl).toMatch(new RegExp(`/r/${body.id}#${body.manageToken}$`));
  });

  it('is refused before the window opens and after it closes (Morocco time)', async () => {
    const slug = await meeting({
      registration: { opensAt: '2026-11-23T11:00', closesAt: '2026-11-30T18:00' },
    });
    expect((await registerAt(slug, person())).body.code).toBe('registration-not-open');
    s.clock.now = new Date('2026-11-30T18:00:00Z');
    const closed = await registerAt(slug, person());
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('registration-closed');
    s.clock.now = new Date('2026-11-23T10:00:00Z');
  });

  it('refuses people from outside the target regions, unless invited', async () => {
    const slug = await meeting({ eligibleRegions: ['01'] });
    const outsider = await registerAt(slug, person({ provinceCode: 'casablanca' }));
    expect(outsider.status).toBe(422);
    expect(outsider.body.code).toBe('not-eligible');

    const codes = await s.json<Array<{ code: string }>>(
      'POST',
      `/api/meetings/${slug}/invitations`,
      {
        token: organizer,
        body: { count: 2, label: 'Conseil régional' },
      },
    );
    expect(codes.status).toBe(201);
    const code = codes.body[0]?.code ?? '';
    const invited = await registerAt(
      slug,
      person({ provinceCode: 'casablanca', invitationCode: code.toLowerCase().replace('-', ' ') }),
    );
    expect(invited.status).toBe(201);
    const reg = await s.json<{ source: string }>('GET', `/api/registrations/${invited.body.id}`, {
      token: organizer,
    });
    expect(reg.body.source).toBe('invited');
    const list = await s.json<Array<{ code: string; used: number }>>(
      'GET',
      `/api/meetings/${slug}/invitations`,
      { token: organizer },
    );
    expect(list.body.find((i) => i.code === code)?.used).toBe(1);

    const wrong = await registerAt(
      slug,
      person({ provinceCode: 'casablanca', invitationCode: 'ZZZZ-ZZZZ' }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('validation');
  });

  it('refuses the same e-mail twice, whatever its case', async () => {
    const slug = await meeting();
    await registerAt(slug, person({ email: 'Amina@Example.ma' }));
    const again = await registerAt(slug, person({ email: 'amina@example.MA' }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('duplicate-registration');
  });

  it('refuses the same phone twice, in national or international form', async () => {
    const slug = await meeting();
    const first = await registerAt(slug, person({ email: undefined, phone: '06 61 23 45 67' }));
    expect(first.status).toBe(201);
    const again = await registerAt(slug, person({ email: undefined, phone: '+212661234567' }));
    expect(again.body.code).toBe('duplicate-registration');
    const stored = await s.json<{ phone: string }>('GET', `/api/registrations/${first.body.id}`, {
      token: organizer,
    });
    expect(stored.body.phone).toBe('+212661234567');
  });

  it('lists each invalid field in the language asked for', async () => {
    const slug = await meeting();
    const { status, body } = await s.json<{
      code: string;
      errors: Array<{ path: string; message: string }>;
    }>('POST', `/api/meetings/${slug}/registrations`, {
      body: {
        id: 'nope',
        fullName: '',
        gender: 'x',
        ageBand: '18-30',
        role: 'citizen',
        provinceCode: 'tetouan',
        locale: 'fr',
        phone: '123',
        consent: false,
      },
    });
    expect(status).toBe(422);
    expect(body.code).toBe('validation');
    const paths = body.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'fullName', 'gender', 'phone', 'consent']));
    expect(body.errors.find((e) => e.path === 'consent')?.message).toMatch(/accord/);
  });

  it('asks for an e-mail or a phone', async () => {
    const slug = await meeting();
    const { body } = await s.json<{ errors: Array<{ path: string }> }>(
      'POST',
      `/api/meetings/${slug}/registrations`,
      {
        body: person({ email: undefined }),
      },
    );
    expect(body.errors.map((e) => e.path)).toEqual(['email']);
  });
});

describe('replaying a registration', () => {
  it('returns the original answer, token included, for the same id and content', async () => {
    const slug = await meeting({ capacity: 1 });
    const p = person();
    const first = await registerAt(slug, p);
    await registerAt(slug, person()); // fills the waitlist after: the replay must still say accepted
    const again = await registerAt(slug, p);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });

  it('returns the original answer after the window has closed (a phone replaying late)', async () => {
    const slug = await meeting();
    const p = person();
    const first = await registerAt(slug, p);
    const before = s.clock.now;
    s.clock.now = new Date('2026-12-06T12:00:00Z');
    try {
      const again = await registerAt(slug, p);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect((await registerAt(slug, person())).body.code).toBe('registration-closed');
    } finally {
      s.clock.now = before;
    }
  });

  it('takes no seat for a refused duplicate or a replay', async () => {
    const slug = await meeting({ capacity: 5 });
    const p = person();
    await registerAt(slug, p);
    await registerAt(slug, p);
    await registerAt(slug, person({ email: p.email }));
    const shown = await s.json<{ seatsLeft: number }>('GET', `/api/meetings/${slug}`);
    expect(shown.body.seatsLeft).toBe(4);
  });

  it('answers idempotency-conflict for the same id with other content', async () => {
    const slug = await meeting();
    const p = person();
    await registerAt(slug, p);
    const changed = await registerAt(slug, { ...p, fullName: 'Another Name' });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('idempotency-conflict');
  });

  it('holds when the same id arrives many times at once', async () => {
    const slug = await meeting();
    const p = person();
    const answers = await Promise.all(Array.from({ length: 20 }, () => registerAt(slug, p)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((a) => a.body.manageToken)).size).toBe(1);
    const list = await s.json<unknown[]>('GET', `/api/meetings/${slug}/registrations`, {
      token: organizer,
    });
    expect(list.body).toHaveLength(1);
  });
});

describe('the private link', () => {
  it('lets the participant read and correct their registration', async () => {
    const slug = await meeting();
    const { body } = await registerAt(slug, person());
    const read = await s.json<{ status: string; meetingSlug: string }>(
      'GET',
      `/api/registrations/${body.id}`,
      { token: body.manageToken },
    );
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'accepted', meetingSlug: slug });
    const edited = await s.json<{ organization: string }>(
      'PATCH',
      `/api/registrations/${body.id}`,
      {
        token: body.manageToken,
        body: { organization: 'جمعية جديدة' },
      },
    );
    expect(edited.status).toBe(200);
    expect(edited.body.organization).toBe('جمعية جديدة');
  });

  it("answers 404 to another participant's token and 401 to none", async () => {
    const slug = await meeting();
    const a = (await registerAt(slug, person())).body;
    const b = (await registerAt(slug, person())).body;
    expect(
      (await s.call('GET', `/api/registrations/${a.id}`, { token: b.manageToken })).status,
    ).toBe(404);
    expect(
      (await s.call('POST', `/api/registrations/${a.id}/cancel`, { token: b.manageToken })).status,
    ).toBe(404);
    expect((await s.call('GET', `/api/registrations/${a.id}`)).status).toBe(401);
    expect(
      (await s.json('GET', `/api/registrations/${a.id}`, { token: a.manageToken })).status,
    ).toBe(200);
  });

  it('cancelling an accepted seat promotes the oldest waitlisted registration', async () => {
    const slug = await meeting({ capacity: 1 });
    const seated = (await registerAt(slug, person())).body;
    const firstWaiting = (await registerAt(slug, person())).body;
    const secondWaiting = (await registerAt(slug, person())).body;
    const cancelled = await s.json<{ status: string }>(
      'POST',
      `/api/registrations/${seated.id}/cancel`,
      { token: seated.manageToken },
    );
    expect(cancelled.body.status).toBe('cancelled');
    const status = async (r: Answer) =>
      (
        await s.json<{ status: string }>('GET', `/api/registrations/${r.id}`, {
          token: r.manageToken,
        })
      ).body.status;
    expect(await status(firstWaiting)).toBe('accepted');
    expect(await status(secondWaiting)).toBe('waitlisted');
  });

  it('a cancelled registration frees its e-mail for a new one', async () => {
    const slug = await meeting();
    const p = person({ email: 'again@example.ma' });
    const first = (await registerAt(slug, p)).body;
    await s.call('POST', `/api/registrations/${first.id}/cancel`, { token: first.manageToken });
    expect((await registerAt(slug, person({ email: 'again@example.ma' }))).status).toBe(201);
  });
});

describe('organizers', () => {
  it('decide all or nothing: accepting past capacity changes nothing', async () => {
    const slug = await meeting({ approval: 'manual', capacity: 2 });
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await registerAt(slug, person())).body.id);
    const tooMany = await s.json<{ code: string }>(
      'POST',
      `/api/meetings/${slug}/registrations/decisions`,
      {
        token: organizer,
        body: { decisions: ids.map((id) => ({ id, status: 'accepted' })) },
      },
    );
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.code).toBe('capacity-exceeded');
    const list = await s.json<Array<{ status: string }>>(
      'GET',
      `/api/meetings/${slug}/registrations`,
      { token: organizer },
    );
    expect(list.body.every((r) => r.status === 'pending')).toBe(true);

    const ok = await s.json('POST', `/api/meetings/${slug}/registrations/decisions`, {
      token: organizer,
      body: {
        decisions: [
          { id: ids[0], status: 'accepted' },
          { id: ids[1], status: 'accepted' },
          { id: ids[2], status: 'waitlisted' },
        ],
      },
    });
    expect(ok.status).toBe(200);
    const after = await s.json<{ seatsLeft: number }>('GET', `/api/meetings/${slug}`);
    expect(after.body.seatsLeft).toBe(0);
  });

  it('filter and search the list; check-in staff may not read it', async () => {
    const slug = await meeting({ capacity: 1 });
    await registerAt(slug, person({ fullName: 'أحمد الإدريسي' }));
    await registerAt(slug, person({ fullName: 'Karim Benali' }));
    const waiting = await s.json<Array<{ fullName: string }>>(
      'GET',
      `/api/meetings/${slug}/registrations?status=waitlisted`,
      { token: organizer },
    );
    expect(waiting.body.map((r) => r.fullName)).toEqual(['Karim Benali']);
    // A status we do not know is refused with the field named, not answered with an empty list.
    const unknown = await s.json<{ code: string; errors: Array<{ path: string }> }>(
      'GET',
      `/api/meetings/${slug}/registrations?status=waiting&source=online`,
      { token: organizer, headers: { 'accept-language': 'fr' } },
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('validation');
    expect(unknown.body.errors.map((e) => e.path)).toEqual(['status']);
    const found = await s.json<Array<{ fullName: string }>>(
      'GET',
      `/api/meetings/${slug}/registrations?q=${encodeURIComponent('احمد الادريسي')}`,
      { token: organizer },
    );
    expect(found.body.map((r) => r.fullName)).toEqual(['أحمد الإدريسي']);
    const withHamza = await s.json<Array<{ fullName: string }>>(
      'GET',
      `/api/meetings/${slug}/registrations?q=${encodeURIComponent('أحمد')}`,
      { token: organizer },
    );
    expect(withHamza.body.map((r) => r.fullName)).toEqual(['أحمد الإدريسي']);
    const checkin = await s.tokenFor('checkin');
    await s.joinTeam(slug, 'checkin');
    expect(
      (await s.call('GET', `/api/meetings/${slug}/registrations`, { token: checkin })).status,
    ).toBe(403);
  });

  it('export the list as CSV with a BOM and Arabic intact, and as XLSX', async () => {
    const slug = await meeting();
    await registerAt(slug, person({ fullName: 'سناء العلمي' }));
    const csv = await s.call('GET', `/api/meetings/${slug}/registrations?format=csv`, {
      token: organizer,
    });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('سناء العلمي');
    expect(text).toContain('الاسم الكامل');

    const xlsx = await s.call('GET', `/api/meetings/${slug}/registrations?format=xlsx`, {
      token: organizer,
    });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(2).getCell(1).value).toBe('سناء العلمي');
  });

  it('check-in staff register walk-ins outside the window and the region', async () => {
    const slug = await meeting({
      registration: { opensAt: '2026-11-01T09:00', closesAt: '2026-11-10T09:00' },
    });
    const checkin = await s.tokenFor('checkin');
    await s.joinTeam(slug, 'checkin');
    const walkIn = await s.json<Answer>('POST', `/api/meetings/${slug}/registrations`, {
      token: checkin,
      body: person({ source: 'walk-in', provinceCode: 'agadir-ida-outanane' }),
    });
    expect(walkIn.status).toBe(201);
    expect(walkIn.body.status).toBe('accepted');
    const anonymous = await registerAt(slug, person({ source: 'walk-in' }));
    expect(anonymous.status).toBe(401);
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After past the per-minute limit of public writes', async () => {
    const limited = await startTestServer({ config: { rateLimit: 3 } });
    try {
      const org = await limited.tokenFor('organizer');
      await limited.call('POST', '/api/meetings', {
        token: org,
        body: meetingBody({ slug: 'rl' }),
      });
      const codes = [];
      for (let i = 0; i < 5; i++) {
        codes.push(
          (await limited.call('POST', '/api/meetings/rl/registrations', { body: person() })).status,
        );
      }
      expect(codes).toEqual([201, 201, 201, 429, 429]);
      const res = await limited.call('POST', '/api/meetings/rl/registrations', { body: person() });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
