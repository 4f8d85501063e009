// A new registration: idempotent by its client id, checked against the window, the target
// regions and duplicates, then seated (or waitlisted) atomically with its messages.
import { createHash } from 'node:crypto';
import type { Registered } from '../../../shared/api/registrations';
import type { Locale, RegistrationStatus } from '../../../shared/enums';
import { validationMessage } from '../../../shared/i18n/validationMessages';
import { registrationWindowState } from '../../../shared/registrationWindow';
import type { RegistrationInput } from '../../../shared/schemas/registration';
import { foldForSearch } from '../../../shared/search/fold';
import { nameKeysOf } from '../search/nameKeys';
import { derivedToken } from '../../auth/secret';
import { ticketCodeHashOfRound } from '../../auth/ticketCodes';
import { ticketHashFor } from '../../auth/tickets';
import { sha256Hex } from '../../auth/tokens';
import { isUniqueViolation } from '../../db/errors';
import { findInvitation } from '../../db/repositories/invitations';
import type { MeetingRow } from '../../db/repositories/meetings';
import { findClashes } from '../../db/repositories/registrationClashes';
import { findRegistration, type RegistrationRow } from '../../db/repositories/registrations';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { mailQueued } from '../../mail/notifier';
import { DomainError } from '../../core/domainError';
import { meetingInputOf } from '../meetingView';
import { assertEligibleRegion, assertWindowOpen, knownWorkshop } from './rules';
import { normalizeInvitationCode } from '../invitations';
import { sendLinkAgain } from './recover';
import { writeArrival } from './arrivalWrite';
import { admissionOf, type Admission } from './admission';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function requestHash(slug: string, input: RegistrationInput): string {
  return createHash('sha256').update(canonical({ slug, input })).digest('hex');
}

async function answer(deps: Deps, id: string, status: RegistrationStatus): Promise<Registered> {
  const manageToken = await derivedToken(deps, 'manage', id);
  return { id, status, manageToken, manageUrl: `${deps.config.publicUrl}/r/${id}#${manageToken}` };
}

/** The same id again: the original answer if the content is the same, a conflict otherwise. */
async function replay(
  deps: Deps,
  row: RegistrationRow,
  meeting: MeetingRow,
  hash: string,
): Promise<Registered> {
  if (row.meeting_id !== meeting.id || row.request_hash !== hash)
    throw new DomainError('idempotency-conflict');
  return answer(deps, row.id, row.first_status);
}

function fieldError(path: string, key: 'invitationCode' | 'choice', locale: Locale): DomainError {
  return new DomainError('validation', {
    errors: [{ path, message: validationMessage(key, locale) }],
  });
}

/**
 * Already registered: the private link goes again to the address on file (never to another),
 * so the refusal says no more than it did, and the person is not left without their link.
 */
async function refuseDuplicate(
  deps: Deps,
  meeting: MeetingRow,
  email: string | null,
  phone: string | null,
): Promise<DomainError> {
  await sendLinkAgain(deps, meeting, { email: email ?? undefined, phone: phone ?? undefined });
  return new DomainError('duplicate-registration');
}

interface Admitted {
  admission: Admission;
  details: ReturnType<typeof meetingInputOf>;
  invitation: Awaited<ReturnType<typeof findInvitation>>;
  now: Date;
}

/** Who may register now: the window, the invitation or the target regions, the workshop. */
async function admit(
  deps: Deps,
  meeting: MeetingRow,
  input: RegistrationInput,
  staff: StaffUser | null,
  locale: Locale,
): Promise<Admitted> {
  const admission = admissionOf(input.source);
  if (admission.staffOnly && !staff) throw new DomainError('unauthorized');
  const details = meetingInputOf(meeting);
  const now = deps.now();
  if (admission.windowApplies)
    assertWindowOpen(registrationWindowState(now, meeting.opens_at, meeting.closes_at));
  const invitation = input.invitationCode
    ? await findInvitation(
        deps.db.kysely,
        meeting.id,
        normalizeInvitationCode(input.invitationCode),
      )
    : undefined;
  if (input.invitationCode && !invitation)
    throw fieldError('invitationCode', 'invitationCode', locale);
  if (admission.regionsApply && !invitation) assertEligibleRegion(details, input.provinceCode);
  if (!knownWorkshop(details, input.workshopId)) throw fieldError('workshopId', 'choice', locale);
  return { admission, details, invitation, now };
}

export async function register(
  deps: Deps,
  meeting: MeetingRow,
  input: RegistrationInput,
  staff: StaffUser | null,
  locale: Locale,
): Promise<Registered> {
  const db = deps.db.kysely;
  const hash = requestHash(meeting.slug, input);
  const email = input.email ?? null;
  const phone = input.phone ?? null;
  // PostgreSQL reads nothing before its one-statement write: its unique indexes tell a replay
  // or a duplicate (answered below as after a lost race), and a refusal looks for a replay first.
  const onPostgres = deps.db.dialect === 'postgres';
  const clashes = onPostgres
    ? null
    : await findClashes(db, meeting.id, input.id, { email, phone }, null);
  if (clashes?.sameId) return replay(deps, clashes.sameId, meeting, hash);

  let admitted: Admitted;
  try {
    admitted = await admit(deps, meeting, input, staff, locale);
  } catch (err) {
    const stored = onPostgres ? await findRegistration(db, input.id) : undefined;
    if (stored) return replay(deps, stored, meeting, hash);
    throw err;
  }
  const { admission, details, invitation, now } = admitted;
  if (clashes?.duplicate) throw await refuseDuplicate(deps, meeting, email, phone);

  const manageToken = await derivedToken(deps, 'manage', input.id);
  const nowIso = now.toISOString();
  try {
    const status = await writeArrival(deps, {
      meeting,
      policy: { meetingId: meeting.id, approval: details.approval, waitlist: details.waitlist },
      admission,
      freeTicketCodeHash: onPostgres ? await ticketCodeHashOfRound(deps, input.id, 0) : null,
      now,
      fields: {
        id: input.id,
        meeting_id: meeting.id,
        full_name: input.fullName,
        search_name: foldForSearch(`${input.fullName} ${input.organization ?? ''}`),
        name_keys: nameKeysOf(input.fullName, input.organization),
        gender: input.gender,
        age_band: input.ageBand,
        role: input.role,
        organization: input.organization || null,
        province_code: input.provinceCode,
        email,
        phone,
        locale: input.locale,
        accessibility: JSON.stringify(input.accessibility ?? []),
        accessibility_note: input.accessibilityNote || null,
        workshop_id: input.workshopId ?? null,
        consent_at: nowIso,
        photo_consent: input.photoConsent ? 1 : 0,
        source: admission.staffOnly ? 'walk-in' : invitation ? 'invited' : 'online',
        invitation_code: invitation?.code ?? null,
        request_hash: hash,
        manage_token_hash: sha256Hex(manageToken),
        created_by: staff?.id ?? null,
        created_at: nowIso,
        updated_at: nowIso,
        checked_in_at: null,
        ticket_hash: await ticketHashFor(deps, input.id),
      },
    });
    mailQueued(deps.db);
    return answer(deps, input.id, status);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // Lost a race: either the same id arrived twice at once, or the same person did.
    const raced = await findRegistration(db, input.id);
    if (raced) return replay(deps, raced, meeting, hash);
    throw await refuseDuplicate(deps, meeting, email, phone);
  }
}
