// Meetings: create, edit (JSON merge patch, validated whole), read, list. Drafts are seen only
// by their team (and admins); staff list the meetings they may act on.
import { randomUUID } from 'node:crypto';
import type { Locale } from '../../shared/enums';
import { validationMessage } from '../../shared/i18n/validationMessages';
import { MeetingInputSchema, type MeetingInput } from '../../shared/schemas/meeting';
import { validate } from '../../shared/schemas/validate';
import { MOROCCO_TZ, isKnownTimeZone, wallTimeToInstant } from '../../shared/time/zone';
import { audit } from '../db/repositories/audit';
import {
  findMeetingById,
  findMeetingBySlug,
  insertMeeting,
  listMeetingRows,
  listTeamMeetingRows,
  updateMeetingRow,
  type MeetingRow,
} from '../db/repositories/meetings';
import { putTeamMember } from '../db/repositories/team';
import { inWriteTransaction } from '../db/writeBatch';
import { findProgrammeBySlug } from '../db/repositories/programmes';
import type { Deps } from '../deps';
import type { StaffUser } from '../core/staffUser';
import { DomainError } from '../core/domainError';
import { mergePatch } from '../../shared/mergePatch';
import type { MeetingView } from '../../shared/api/meetings';
import { meetingInputOf, toMeetingView } from './meetingView';

function scheduleColumns(input: MeetingInput, locale: Locale) {
  const timezone = input.timezone ?? MOROCCO_TZ;
  if (!isKnownTimeZone(timezone)) {
    throw new DomainError('validation', {
      errors: [{ path: 'timezone', message: validationMessage('timeZone', locale) }],
    });
  }
  const at = (wall: string) => wallTimeToInstant(wall, timezone).toISOString();
  return {
    timezone,
    starts_at: at(input.startsAt),
    ends_at: at(input.endsAt),
    opens_at: at(input.registration.opensAt),
    closes_at: at(input.registration.closesAt),
  };
}

/** The programme a meeting names by slug, as its id; an unknown slug is a field error. */
async function programmeIdOf(deps: Deps, input: MeetingInput, locale: Locale) {
  if (!input.programmeSlug) return null;
  const programme = await findProgrammeBySlug(deps.db.kysely, input.programmeSlug);
  if (!programme) {
    throw new DomainError('validation', {
      errors: [{ path: 'programmeSlug', message: validationMessage('programmeUnknown', locale) }],
    });
  }
  return programme.id;
}

function slugTaken(locale: Locale): DomainError {
  return new DomainError('validation', {
    errors: [{ path: 'slug', message: validationMessage('slugTaken', locale) }],
  });
}

export async function createMeeting(
  deps: Deps,
  input: MeetingInput,
  actor: StaffUser,
  locale: Locale,
): Promise<MeetingView> {
  const db = deps.db.kysely;
  const now = deps.now().toISOString();
  const row: MeetingRow = {
    id: randomUUID(),
    slug: input.slug,
    status: input.status,
    ...scheduleColumns(input, locale),
    capacity: input.capacity,
    data: JSON.stringify(input),
    created_by: actor.id,
    created_at: now,
    updated_at: now,
    version: 1,
    seats_taken: 0,
    programme_id: await programmeIdOf(deps, input, locale),
    personal_data_erased_at: null,
  };
  if (await findMeetingBySlug(db, input.slug)) throw slugTaken(locale);
  try {
    // Whoever creates a meeting is on its team from the first moment, as its organizer.
    await inWriteTransaction(deps.db, async (trx) => {
      await insertMeeting(trx, row);
      if (actor.role !== 'admin')
        await putTeamMember(trx, {
          meetingId: row.id,
          userId: actor.id,
          role: 'organizer',
          at: now,
          by: actor.id,
        });
    });
  } catch (err) {
    if (await findMeetingBySlug(db, input.slug)) throw slugTaken(locale);
    throw err;
  }
  await audit(db, { at: now, actor: actor.id, action: 'meeting.create', subject: row.id });
  return toMeetingView(row, deps.now());
}

export async function updateMeeting(
  deps: Deps,
  row: MeetingRow,
  patch: Record<string, unknown>,
  actor: StaffUser,
  locale: Locale,
): Promise<MeetingView> {
  const db = deps.db.kysely;
  const merged = mergePatch(meetingInputOf(row), patch);
  const result = validate(MeetingInputSchema, merged, locale);
  if (!result.ok) throw new DomainError('validation', { errors: result.errors });
  const input = result.value;
  if (input.slug !== row.slug && (await findMeetingBySlug(db, input.slug))) throw slugTaken(locale);
  const now = deps.now().toISOString();
  const next = {
    slug: input.slug,
    status: input.status,
    ...scheduleColumns(input, locale),
    capacity: input.capacity,
    data: JSON.stringify(input),
    updated_at: now,
    programme_id: await programmeIdOf(deps, input, locale),
  };
  if (!(await updateMeetingRow(db, row.id, row.version, next))) {
    const current = await findMeetingById(db, row.id);
    if (current && current.version === row.version && current.seats_taken > input.capacity)
      throw new DomainError('validation', {
        errors: [{ path: 'capacity', message: validationMessage('capacityBelowSeats', locale) }],
      });
    throw new DomainError('conflict'); // someone saved in between; reload and try again
  }
  await audit(db, {
    at: now,
    actor: actor.id,
    action: 'meeting.update',
    subject: row.id,
    detail: Object.keys(patch),
  });
  return toMeetingView({ ...row, ...next, version: row.version + 1 }, deps.now());
}

/** The public sees published meetings; staff the meetings they may act on (admins: all). */
export async function listMeetings(deps: Deps, staff: StaffUser | null): Promise<MeetingView[]> {
  const now = deps.now();
  const db = deps.db.kysely;
  const rows = !staff
    ? await listMeetingRows(db, false)
    : staff.role === 'admin'
      ? await listMeetingRows(db, true)
      : await listTeamMeetingRows(db, staff.id);
  return rows.map((row) => toMeetingView(row, now));
}
