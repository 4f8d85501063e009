// The admission rule in every branch: by itself, then through register() as the desk and the
// public meet it (a manual-approval meeting, a closed window, a province outside the regions,
// a full meeting with and without a waitlist).
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegistrationInputSchema } from '../../../shared/schemas/registration';
import type { StaffUser } from '../../core/staffUser';
import { DomainError } from '../../core/domainError';
import { findMeetingBySlug, type MeetingRow } from '../../db/repositories/meetings';
import { meetingBody, startTestServer, type TestServer } from '../../../tests/support/harness';
import {
  registrationBody,
  type RegistrationBody,
} from '../../../tests/support/factories/registration';
import { admissionOf, seatChoice } from './admission';
import { register } from './register';

describe('admissionOf', () => {
  it('holds the public to the window, the regions and approval', () => {
    for (const source of [undefined, 'online', 'invited'] as const) {
      expect(admissionOf(source)).toEqual({
        staffOnly: false,
        windowApplies: true,
        regionsApply: true,
        approvalApplies: true,
      });
    }
  });
  it('lets the desk register a walk-in whatever the window, the regions and approval', () => {
    expect(admissionOf('walk-in')).toEqual({
      staffOnly: true,
      windowApplies: false,
      regionsApply: false,
      approvalApplies: false,
    });
  });
});

describe('seatChoice', () => {
  const manual = { meetingId: 'm', approval: 'manual' as const, waitlist: true };
  const auto = { meetingId: 'm', approval: 'auto' as const, waitlist: false };
  it('leaves the public pending on a meeting approved by hand', () => {
    expect(seatChoice(manual, admissionOf('online'))).toEqual({
      takeSeat: false,
      fallback: 'pending',
    });
  });
  it('seats a walk-in at once on the same meeting, else waitlists them', () => {
    expect(seatChoice(manual, admissionOf('walk-in'))).toEqual({
      takeSeat: true,
      fallback: 'waitlisted',
    });
  });
  it('refuses when no seat is left and there is no waitlist', () => {
    expect(seatChoice(auto, admissionOf('walk-in'))).toEqual({ takeSeat: true, fallback: null });
  });
});

describe('register() under the admission rule', () => {
  let s: TestServer;
  const desk: StaffUser = { id: randomUUID(), email: 'desk@test.ma', role: 'checkin' };
  beforeEach(async () => {
    s = await startTestServer();
  });
  afterEach(() => s.close());

  async function meeting(overrides: Record<string, unknown>): Promise<MeetingRow> {
    const body = meetingBody({ slug: `m-${randomUUID().slice(0, 8)}`, ...overrides });
    const res = await s.call('POST', '/api/meetings', { token: await s.tokenFor('admin'), body });
    expect(res.status).toBe(201);
    const row = await findMeetingBySlug(s.db.kysely, body.slug as string);
    if (!row) throw new Error('meeting not stored');
    return row;
  }

  const person = (overrides: Partial<RegistrationBody> = {}) =>
    v.parse(
      RegistrationInputSchema,
      registrationBody({
        fullName: 'سعيد الوافي',
        gender: 'male',
        ageBand: '40-50',
        role: 'citizen',
        provinceCode: 'tanger-assilah',
        email: undefined,
        phone: '+212612345678',
        ...overrides,
      }),
    );

  const statusOf = async (
    row: MeetingRow,
    input: ReturnType<typeof person>,
    staff: StaffUser | null,
  ) => (await register(s.deps, row, input, staff, 'fr')).status;

  it('seats a walk-in on a meeting approved by hand, where the public waits', async () => {
    const row = await meeting({ approval: 'manual' });
    expect(await statusOf(row, person({ source: 'walk-in' }), desk)).toBe('accepted');
    expect(await statusOf(row, person({ phone: '+212612345679' }), null)).toBe('pending');
  });

  it('registers a walk-in after the window closed and from outside the regions', async () => {
    s.clock.now = new Date('2026-12-12T09:30:00Z');
    const row = await meeting({});
    const casablanca = person({ source: 'walk-in', provinceCode: 'casablanca' });
    expect(await statusOf(row, casablanca, desk)).toBe('accepted');
    await expect(register(s.deps, row, person(), null, 'fr')).rejects.toMatchObject({
      code: 'registration-closed',
    });
  });

  it('refuses a walk-in from anyone but staff', async () => {
    const row = await meeting({});
    const attempt = register(s.deps, row, person({ source: 'walk-in' }), null, 'fr');
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('waitlists a walk-in at a full meeting with a waitlist, and refuses one without', async () => {
    const full = await meeting({ capacity: 1, waitlist: true });
    expect(await statusOf(full, person({ source: 'walk-in' }), desk)).toBe('accepted');
    expect(await statusOf(full, person({ source: 'walk-in', phone: '+212612345670' }), desk)).toBe(
      'waitlisted',
    );
    const closed = await meeting({ capacity: 1, waitlist: false });
    expect(await statusOf(closed, person({ source: 'walk-in' }), desk)).toBe('accepted');
    await expect(
      register(s.deps, closed, person({ source: 'walk-in', phone: '+212612345671' }), desk, 'fr'),
    ).rejects.toMatchObject({ code: 'capacity-exceeded' });
  });
});
