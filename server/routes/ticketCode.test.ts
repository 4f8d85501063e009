// The typeable ticket code over HTTP: on the participant's copy while accepted, unique within
// the meeting, its hash on the roster, and matched at check-in whatever the case or the dash.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedToken } from '../auth/secret';
import { ticketCodeFromBytes } from '../../shared/tickets/ticketCode';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { registrationBody } from '../../tests/support/factories/registration';

let s: TestServer;
let organizer: string;
let desk: string;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
  desk = await s.tokenFor('checkin');
});
afterAll(() => s.close());

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function meeting(overrides: Record<string, unknown> = {}) {
  const slug = `tc-${randomUUID().slice(0, 8)}`;
  const res = await s.call('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({ slug, ...overrides }),
  });
  expect(res.status).toBe(201);
  await s.joinTeam(slug, 'checkin');
  return slug;
}

async function register(slug: string, id: string = randomUUID()) {
  const res = await s.json<{ id: string; status: string; manageToken: string }>(
    'POST',
    `/api/meetings/${slug}/registrations`,
    {
      body: registrationBody({ id, fullName: 'سعاد العلوي', provinceCode: 'tanger-assilah' }),
    },
  );
  expect(res.status).toBe(201);
  return res.body;
}

async function codeOf(r: { id: string; manageToken: string }) {
  const res = await s.json<{ ticketCode: string | null; status: string }>(
    'GET',
    `/api/registrations/${r.id}`,
    { token: r.manageToken },
  );
  return res.body.ticketCode;
}

const checkin = (slug: string, events: unknown[]) =>
  s.json<{ results: Array<{ id: string; outcome: string; registrationId?: string }> }>(
    'POST',
    `/api/meetings/${slug}/checkins`,
    { token: desk, body: { deviceId: 'desk-1', events } },
  );

const codeEvent = (code: string) => ({
  id: randomUUID(),
  code,
  at: '2026-12-12T09:10:00Z',
  method: 'code',
});

describe('the ticket code', () => {
  it('is on the participant’s copy as XXXX-XXXX while accepted, and absent while waitlisted', async () => {
    const slug = await meeting({ capacity: 1, waitlist: true });
    const seated = await register(slug);
    const waiting = await register(slug);
    expect(waiting.status).toBe('waitlisted');
    expect(await codeOf(seated)).toMatch(CODE);
    expect(await codeOf(waiting)).toBeNull();
  });

  it('is on the roster as the SHA-256 of the code in upper case without the dash', async () => {
    const slug = await meeting();
    const r = await register(slug);
    const code = (await codeOf(r)) as string;
    const roster = await s.json<{ attendees: Array<{ id: string; codeHash: string }> }>(
      'GET',
      `/api/meetings/${slug}/roster`,
      { token: desk },
    );
    expect(roster.body.attendees.find((a) => a.id === r.id)?.codeHash).toBe(
      sha256(code.replace('-', '')),
    );
  });

  it('checks in typed in lower case without the dash, then finds the person in with the dash', async () => {
    const slug = await meeting();
    const r = await register(slug);
    const code = (await codeOf(r)) as string;
    const first = await checkin(slug, [codeEvent(code.replace('-', '').toLowerCase())]);
    expect(first.status).toBe(200);
    expect(first.body.results[0]).toMatchObject({ outcome: 'checked-in', registrationId: r.id });
    const again = await checkin(slug, [codeEvent(code)]);
    expect(again.body.results[0]).toMatchObject({
      outcome: 'already-checked-in',
      registrationId: r.id,
    });
  });

  it('answers unknown for a code nobody holds, or a mistyped one, without refusing the batch', async () => {
    const slug = await meeting();
    await register(slug);
    const res = await checkin(slug, [codeEvent('0000-0000'), codeEvent('not a code')]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.outcome)).toEqual(['unknown', 'unknown']);
  });

  it('does not check in someone of another meeting', async () => {
    const here = await meeting();
    const elsewhere = await meeting();
    const r = await register(elsewhere);
    const res = await checkin(here, [codeEvent((await codeOf(r)) as string)]);
    expect(res.body.results[0]?.outcome).toBe('unknown');
  });

  it('is never the same for two people of a meeting, even when the first draw collides', async () => {
    const slug = await meeting();
    const first = await register(slug);
    // Give the first person the code the next one would draw first.
    const nextId = randomUUID();
    const drawn = ticketCodeFromBytes(
      Buffer.from(await derivedToken(s.deps, 'ticket-code', `${nextId}:0`), 'base64url'),
    );
    await s.db.kysely
      .updateTable('registrations')
      .set({ ticket_code_hash: sha256(drawn) })
      .where('id', '=', first.id)
      .execute();
    const second = await register(slug, nextId);
    const code = (await codeOf(second)) as string;
    expect(code).toMatch(CODE);
    expect(code.replace('-', '')).not.toBe(drawn);
    const res = await checkin(slug, [codeEvent(code)]);
    expect(res.body.results[0]?.registrationId).toBe(second.id);
  });
});
