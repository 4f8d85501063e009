// What a participant does with the private link: read, correct, cancel.
import { contactsAfter, hasContact } from '../../../shared/registration/contact';
import type { Kysely } from 'kysely';
import type { Locale } from '../../../shared/enums';
import { validationMessage } from '../../../shared/i18n/validationMessages';
import type { RegistrationPatch } from '../../../shared/schemas/registration';
import { foldForSearch } from '../../../shared/search/fold';
import { nameKeysOf } from '../search/nameKeys';
import { noteNamesChanged } from '../../db/repositories/registrationSearch';
import { ticketCodeOf } from '../../auth/ticketCodes';
import { ticketToken } from '../../auth/tickets';
import { isUniqueViolation } from '../../db/errors';
import { audit } from '../../db/repositories/audit';
import type { Database } from '../../db/schema';
import { inWriteTransaction } from '../../db/writeBatch';
import { findMeetingBySlug } from '../../db/repositories/meetings';
import {
  findLiveDuplicate,
  findRegistration,
  lockRegistration,
  moveStatus,
  updateLiveRegistration,
  type RegistrationRow,
} from '../../db/repositories/registrations';
import type { Deps } from '../../deps';
import { mailQueued } from '../../mail/notifier';
import { queueRegistrationMail } from '../../mail/queue';
import { DomainError } from '../../core/domainError';
import { meetingInputOf } from '../meetingView';
import { assertEligibleRegion, knownWorkshop } from './rules';
import { releaseSeatAndPromote } from './seats';
import type { OwnRegistrationView } from '../../../shared/api/registrations';
import { toRegistrationView } from './view';

async function meetingOf(deps: Deps, row: RegistrationRow) {
  const meeting = await deps.db.kysely
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', row.meeting_id)
    .executeTakeFirstOrThrow();
  return meeting;
}

export async function registrationView(
  deps: Deps,
  row: RegistrationRow,
): Promise<OwnRegistrationView> {
  const meeting = await meetingOf(deps, row);
  // The QR ticket's content and its typeable code, for the app to keep on the device and
  // show offline at the door.
  const accepted = row.status === 'accepted';
  return {
    ...toRegistrationView(row),
    meetingSlug: meeting.slug,
    ticketToken: accepted ? await ticketToken(deps, row.id) : null,
    ticketCode: accepted ? await ticketCodeOf(deps, row) : null,
  };
}

/**
 * Corrects a live registration. The row is locked and read again inside the transaction
 * (PostgreSQL), so two corrections at once each keep the other's fields, and a correction
 * racing a cancel either lands before it or is refused after it.
 */
export async function editRegistration(
  deps: Deps,
  stale: RegistrationRow,
  patch: RegistrationPatch,
  actorId: string | null,
  locale: Locale,
): Promise<RegistrationRow> {
  if (stale.status === 'cancelled') throw new DomainError('conflict');
  const meeting = meetingInputOf(await meetingOf(deps, stale));
  if (!knownWorkshop(meeting, patch.workshopId)) {
    throw new DomainError('validation', {
      errors: [{ path: 'workshopId', message: validationMessage('choice', locale) }],
    });
  }
  const nowIso = deps.now().toISOString();
  try {
    await inWriteTransaction(deps.db, async (trx) => {
      const row = await lockRegistration(trx, deps.db.dialect, stale.id);
      if (!row || row.status === 'cancelled') throw new DomainError('conflict');
      const { email = null, phone = null } = contactsAfter(row, patch);
      if (!hasContact({ email, phone })) {
        throw new DomainError('validation', {
          errors: [{ path: 'email', message: validationMessage('contact', locale) }],
        });
      }
      if (
        patch.provinceCode &&
        patch.provinceCode !== row.province_code &&
        row.source === 'online'
      ) {
        assertEligibleRegion(meeting, patch.provinceCode);
      }
      if (await findLiveDuplicate(trx, row.meeting_id, email, phone, row.id))
        throw new DomainError('duplicate-registration');
      const fullName = patch.fullName ?? row.full_name;
      const organization =
        patch.organization !== undefined ? patch.organization || null : row.organization;
      const edited = await updateLiveRegistration(trx, row.id, {
        full_name: fullName,
        search_name: foldForSearch(`${fullName} ${organization ?? ''}`),
        name_keys: nameKeysOf(fullName, organization),
        gender: patch.gender ?? row.gender,
        age_band: patch.ageBand ?? row.age_band,
        role: patch.role ?? row.role,
        organization,
        province_code: patch.provinceCode ?? row.province_code,
        email: email ?? null,
        phone: phone ?? null,
        locale: patch.locale ?? row.locale,
        accessibility: patch.accessibility
          ? JSON.stringify(patch.accessibility)
          : row.accessibility,
        accessibility_note:
          patch.accessibilityNote !== undefined
            ? patch.accessibilityNote || null
            : row.accessibility_note,
        workshop_id: patch.workshopId !== undefined ? patch.workshopId : row.workshop_id,
        photo_consent:
          patch.photoConsent !== undefined ? (patch.photoConsent ? 1 : 0) : row.photo_consent,
        updated_at: nowIso,
      });
      if (!edited) throw new DomainError('conflict');
      if (fullName !== row.full_name || organization !== row.organization)
        await noteNamesChanged(trx, row.meeting_id);
      await audit(trx, {
        at: nowIso,
        actor: actorId,
        action: 'registration.edit',
        subject: row.id,
        detail: Object.keys(patch),
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('duplicate-registration');
    throw err;
  }
  return (await findRegistration(deps.db.kysely, stale.id)) as RegistrationRow;
}

/**
 * Moves a locked, live registration to `cancelled` inside the caller's transaction; an accepted
 * seat goes to the oldest waitlisted registration, whose confirmation is queued. False if the
 * compare-and-set lost (another copy of the same change got there first). `notify: false`
 * queues no cancellation notice (an erasure: there is nobody left to write to).
 */
export async function withdrawLocked(
  trx: Kysely<Database>,
  deps: Deps,
  current: RegistrationRow,
  nowIso: string,
  notify: boolean,
): Promise<{ moved: boolean; promoted: string | null }> {
  const move = { from: current.status, to: 'cancelled' as const };
  if (!(await moveStatus(trx, current.id, move, nowIso))) return { moved: false, promoted: null };
  const promoted =
    current.status === 'accepted'
      ? await releaseSeatAndPromote(trx, deps.db.dialect, current.meeting_id, nowIso)
      : null;
  if (notify) await queueRegistrationMail(trx, current, 'cancellation', nowIso);
  const next = promoted ? await findRegistration(trx, promoted) : undefined;
  if (next)
    await queueRegistrationMail(trx, next, 'confirmation', nowIso, {
      payload: { promoted: true },
    });
  return { moved: true, promoted };
}

/**
 * Cancels; an accepted seat goes to the oldest waitlisted registration in the same transaction.
 * The row is locked and moved from the status it was read in, so the same cancel sent twice at
 * once frees one seat: the second copy finds it cancelled and answers with it.
 */
export async function cancelRegistration(
  deps: Deps,
  row: RegistrationRow,
  actorId: string | null,
): Promise<RegistrationRow> {
  const db = deps.db.kysely;
  if (row.status !== 'cancelled') {
    const nowIso = deps.now().toISOString();
    const cancelled = await inWriteTransaction(deps.db, async (trx) => {
      const current = await lockRegistration(trx, deps.db.dialect, row.id);
      if (!current || current.status === 'cancelled') return false;
      const { moved, promoted } = await withdrawLocked(trx, deps, current, nowIso, true);
      if (!moved) return false;
      await audit(trx, {
        at: nowIso,
        actor: actorId,
        action: 'registration.cancel',
        subject: row.id,
        detail: { promoted },
      });
      return true;
    });
    if (cancelled) mailQueued(deps.db);
  }
  return (await findRegistration(db, row.id)) as RegistrationRow;
}

export { findMeetingBySlug };
