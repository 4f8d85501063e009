// The participant's rights over HTTP: see everything the server holds, erase it for good (the
// seat going to the waitlist first), and the retention period erasing whole meetings.
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetention, type RetentionRun } from '../domain/erasure/retention';
import { seatInvariantViolations } from '../domain/registration/seatInvariant';
import { emlDirectory } from '../mail/transport';
import { feedbackKit, type FeedbackKit } from '../../tests/support/feedbackKit';
import { meetingBody, startTestServer, type TestServer } from '../../tests/support/harness';
import { startMailTest } from '../../tests/support/mailHarness';
import { TANGIER, buildSeedMeeting } from '../../tests/support/reportSeeds';
import { supportKit } from '../../tests/support/supportKit';

let s: TestServer;
let organizer: string;
let kit: FeedbackKit;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-11-23T10:00:00Z' });
  organizer = await s.tokenFor('organizer');
  kit = feedbackKit(s);
});
afterAll(() => s.close());

type Reg = { id: string; manageToken: string };
const asParticipant = (method: string, r: Reg, suffix = '') =>
  s.json<Record<string, unknown>>(method, `/api/registrations/${r.id}${suffix}`, {
    token: r.manageToken,
  });
const erase = (r: Reg) => asParticipant('DELETE', r);
const statusOf = async (r: Reg) => (await asParticipant('GET', r)).body.status;
const row = (id: string) =>
  s.db.kysely
    .selectFrom('registrations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const meetingId = async (slug: string) =>
  (
    await s.db.kysely
      .selectFrom('meetings')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow()
  ).id;
const books = async (slug: string) =>
  (await seatInvariantViolations(s.db.kysely, await meetingId(slug))).violations;

describe('seeing my data', () => {
  it('shows every field, the messages sent, the support request and the check-ins', async () => {
    const support = supportKit(s, organizer);
    const slug = await support.meeting({ eligibleRegions: undefined });
    const reg = await support.register(slug, 'tetouan', { accessibilityNote: 'كرسي متحرك' });
    expect((await support.ask(reg, { travel: true, lodging: false, note: 'من وجدة' })).status).toBe(
      201,
    );
    const { status, body, res } = await asParticipant('GET', reg);
    expect(status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({
      fullName: 'مشارك tetouan',
      organization: 'جمعية',
      accessibilityNote: 'كرسي متحرك',
      consentAt: '2026-11-23T10:00:00.000Z',
      supportRequest: { travel: true, note: 'من وجدة' },
      checkins: [],
    });
    expect(body.messages).toEqual([
      expect.objectContaining({ kind: 'confirmation', channel: 'email', status: 'queued' }),
    ]);
  });
});

describe('erasing my data', () => {
  it('releases an accepted seat to the oldest waitlisted person first', async () => {
    const slug = await kit.meeting({ capacity: 1 });
    const seated = await kit.register(slug);
    const waiting = await kit.register(slug);
    const later = await kit.register(slug);
    const erased = await erase(seated);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ id: seated.id, status: 'cancelled' });
    expect(await statusOf(waiting)).toBe('accepted');
    expect(await statusOf(later)).toBe('waitlisted');
    expect(await books(slug)).toEqual([]);
    const promoted = await asParticipant('GET', waiting);
    expect(promoted.body.messages).toContainEqual(
      expect.objectContaining({ kind: 'confirmation' }),
    );
  });

  it('keeps an anonymous row only, and the token then gets 404', async () => {
    const support = supportKit(s, organizer);
    const slug = await support.meeting({ eligibleRegions: undefined });
    const reg = await support.register(slug, 'tetouan', {
      phone: '0612345678',
      accessibility: ['wheelchair'],
      accessibilityNote: 'كرسي متحرك',
    });
    await support.ask(reg, { travel: true, lodging: false, note: 'من وجدة' });
    const feedback = await kit.post(slug, kit.body(), { manageToken: reg.manageToken });
    expect(feedback.body.linked).toBe(true);
    expect((await erase(reg)).status).toBe(200);

    const left = await row(reg.id);
    expect(left).toMatchObject({
      full_name: '',
      search_name: '',
      organization: null,
      email: null,
      phone: null,
      accessibility_note: null,
      ticket_hash: null,
      ticket_code_hash: null,
      gender: 'male',
      age_band: '40-50',
      role: 'association',
      province_code: 'tetouan',
      accessibility: '["wheelchair"]',
      status: 'cancelled',
    });
    expect(left.erased_at).not.toBeNull();
    expect(left.manage_token_hash).not.toMatch(/^[0-9a-f]{64}$/);
    const outbox = await s.db.kysely
      .selectFrom('outbox')
      .selectAll()
      .where('registration_id', '=', reg.id)
      .execute();
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox.map((o) => [o.to_address, o.payload, o.status])).toEqual(
      outbox.map(() => ['', null, 'skipped']),
    );
    const supportRow = await s.db.kysely
      .selectFrom('support_requests')
      .selectAll()
      .where('registration_id', '=', reg.id)
      .executeTakeFirstOrThrow();
    expect(supportRow.note).toBeNull();
    const fb = await s.db.kysely
      .selectFrom('feedback')
      .select('registration_id')
      .where('id', '=', feedback.body.id)
      .executeTakeFirstOrThrow();
    expect(fb.registration_id).toBeNull();

    for (const [method, suffix] of [
      ['GET', ''],
      ['DELETE', ''],
      ['POST', '/cancel'],
      ['GET', '/support'],
    ] as const)
      expect([method, suffix, (await asParticipant(method, reg, suffix)).status]).toEqual([
        method,
        suffix,
        404,
      ]);
    // The same e-mail may register again: the erased row holds it no more.
    expect((await support.register(slug, 'tetouan', { phone: '0612345678' })).id).toBeTruthy();
  });

  it('sent twice at once frees one seat and promotes one person', async () => {
    const slug = await kit.meeting({ capacity: 1 });
    const seated = await kit.register(slug);
    const first = await kit.register(slug);
    const second = await kit.register(slug);
    const answers = await Promise.all([erase(seated), erase(seated)]);
    expect(answers.map((a) => a.status)).toContain(200);
    for (const a of answers) expect([200, 404]).toContain(a.status);
    expect([await statusOf(first), await statusOf(second)]).toEqual(['accepted', 'waitlisted']);
    expect(await books(slug)).toEqual([]);
    const audits = await s.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('subject', '=', seated.id)
      .where('action', '=', 'registration.erase')
      .execute();
    expect(audits).toHaveLength(1);
  });

  it('after the meeting has ended keeps the status as history and moves no seat', async () => {
    s.clock.now = new Date('2026-11-23T10:00:00Z');
    const slug = await kit.meeting({ capacity: 1 });
    const seated = await kit.register(slug);
    const waiting = await kit.register(slug);
    s.clock.now = new Date('2026-12-13T10:00:00Z');
    const erased = await erase(seated);
    expect(erased.body).toMatchObject({ status: 'accepted' });
    expect((await row(waiting.id)).status).toBe('waitlisted');
    expect(await books(slug)).toEqual([]);
    s.clock.now = new Date('2026-11-23T10:00:00Z');
  });

  it('takes an erased person off the list of those no message reaches', async () => {
    s.clock.now = new Date('2026-11-23T10:00:00Z');
    const slug = await kit.meeting();
    const seated = await kit.register(slug);
    s.clock.now = new Date('2026-12-13T10:00:00Z');
    expect((await erase(seated)).body).toMatchObject({ status: 'accepted' });
    s.clock.now = new Date('2026-11-23T10:00:00Z'); // the organizer's session is still valid
    const res = await s.json('GET', `/api/meetings/${slug}/outbox/unreachable`, {
      token: organizer,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it('is refused to staff: only the person may erase their own data', async () => {
    const slug = await kit.meeting();
    const reg = await kit.register(slug);
    const res = await s.json('DELETE', `/api/registrations/${reg.id}`, { token: organizer });
    expect(res.status).toBe(404);
    expect(await statusOf(reg)).toBe('accepted');
  });
});

describe('the retention period', () => {
  const report = async (slug: string) => {
    const out: unknown[] = [];
    for (const basis of ['registered', 'accepted', 'attended'])
      out.push(
        (await s.json('GET', `/api/meetings/${slug}/report?basis=${basis}`, { token: organizer }))
          .body,
      );
    return out;
  };

  it('erases only meetings past their period, once, audited, reports unchanged', async () => {
    s.clock.now = new Date('2026-11-23T10:00:00Z');
    await buildSeedMeeting(s, TANGIER);
    const short = `m-${randomUUID().slice(0, 8)}`;
    const created = await s.json('POST', '/api/meetings', {
      token: organizer,
      body: meetingBody({ slug: short, retentionDays: 30 }),
    });
    expect(created.status).toBe(201);
    const keptReg = await kit.register(short);
    const before = await report(TANGIER.slug);
    // Read by the public before, so the answer after comes from a cache that had to move on.
    expect((await s.json('GET', `/api/meetings/${TANGIER.slug}`)).body).toMatchObject({
      personalDataErasedAt: null,
    });

    // 40 days after the meeting (12 December): the 30-day meeting is due, the 90-day one not.
    s.clock.now = new Date('2027-01-21T12:00:00Z');
    const ours = (run: RetentionRun) =>
      run.erased
        .filter((m) => [short, TANGIER.slug].includes(m.slug))
        .map((m) => [m.slug, m.registrations]);
    expect(ours(await runRetention(s.deps))).toEqual([[short, 1]]);
    expect((await asParticipant('GET', keptReg)).status).toBe(404);
    const tangierLeft = await s.db.kysely
      .selectFrom('registrations')
      .select('full_name')
      .where('meeting_id', '=', await meetingId(TANGIER.slug))
      .where('full_name', '<>', '')
      .execute();
    expect(tangierLeft).toHaveLength(68);

    s.clock.now = new Date('2027-03-13T12:00:00Z');
    organizer = await s.signInAgain('organizer');
    expect(ours(await runRetention(s.deps))).toEqual([[TANGIER.slug, 68]]);
    expect((await runRetention(s.deps)).erased).toEqual([]);

    expect(await report(TANGIER.slug)).toEqual(before);
    const names = await s.db.kysely
      .selectFrom('registrations')
      .select(['full_name', 'email', 'erased_at'])
      .where('meeting_id', '=', await meetingId(TANGIER.slug))
      .execute();
    expect(names.every((r) => r.full_name === '' && r.email === null && r.erased_at)).toBe(true);
    const audits = await s.db.kysely
      .selectFrom('audit_log')
      .select(['at', 'detail'])
      .where('action', '=', 'meeting.retention-erase')
      .where('subject', '=', await meetingId(TANGIER.slug))
      .execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]?.at).toBe('2027-03-13T12:00:00.000Z');
    expect(JSON.parse(audits[0]?.detail ?? '{}')).toMatchObject({ registrations: 68 });
    const meeting = await s.json<{
      endsAt: string;
      personalDataErasedAt: string;
      personalDataEraseAt: string;
    }>('GET', `/api/meetings/${TANGIER.slug}`, { token: organizer });
    expect(Date.parse(meeting.body.personalDataErasedAt)).toBe(Date.parse('2027-03-13T12:00:00Z'));
    const seen = await s.json<{ personalDataErasedAt: string }>(
      'GET',
      `/api/meetings/${TANGIER.slug}`,
    );
    expect(seen.body.personalDataErasedAt).toBe(meeting.body.personalDataErasedAt);
    expect(Date.parse(meeting.body.personalDataEraseAt) - Date.parse(meeting.body.endsAt)).toBe(
      90 * 86_400_000,
    );
  });

  it('runs once when two instances run it at once', async () => {
    s.clock.now = new Date('2026-11-23T10:00:00Z');
    organizer = await s.signInAgain('organizer');
    const slug = await kit.meeting({ retentionDays: 1 });
    await kit.register(slug);
    await kit.register(slug);
    s.clock.now = new Date('2026-12-20T10:00:00Z');
    const runs = await Promise.all([runRetention(s.deps), runRetention(s.deps)]);
    const counts = runs.flatMap((r) => r.erased.filter((m) => m.slug === slug));
    expect(counts.map((m) => m.registrations)).toEqual([2]);
  });

  it('refuses a retention period out of range', async () => {
    s.clock.now = new Date('2026-11-23T10:00:00Z');
    organizer = await s.signInAgain('organizer');
    for (const retentionDays of [0, 1.5, 5000, '90']) {
      const res = await s.json<{ errors: Array<{ path: string }> }>('POST', '/api/meetings', {
        token: organizer,
        body: { ...meetingBody({ slug: `m-${randomUUID().slice(0, 8)}` }), retentionDays },
      });
      expect([retentionDays, res.status, res.body.errors?.[0]?.path]).toEqual([
        retentionDays,
        422,
        'retentionDays',
      ]);
    }
  });
});

describe('the copies the embedded transport kept', () => {
  it('are removed with the rest: the .eml of a sent confirmation is gone', async () => {
    const t = await startMailTest({ eml: true });
    try {
      const slug = await t.meeting();
      const reg = await t.register(slug);
      expect((await t.worker.runOnce()).sent).toBe(1);
      const dir = emlDirectory(t.s.deps.config.dataDir);
      expect(readdirSync(dir).filter((f) => f.endsWith('-confirmation.eml'))).toHaveLength(1);
      const res = await t.s.call('DELETE', `/api/registrations/${reg.id}`, {
        token: reg.manageToken,
      });
      expect(res.status).toBe(200);
      expect(readdirSync(dir).filter((f) => f.endsWith('.eml'))).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
