// What this phone keeps of a registration opened through its private link: the token (so the
// link works again without it), the last copy the server gave and when, in the `meta` store;
// and the entry on "My registrations" (the `registrations` store), kept in step with it.
import type { RegistrationDetails } from '../../../shared/api/registrations';
import { deleteMeta, getMeta, setMeta } from '../../store/meta';
import {
  getRegistration as getDeviceRecord,
  putRegistration,
  updateRegistration,
} from '../../store/registrations';
import type { MeetingTitle } from '../../store/types';
import { announceChange } from '../../sync/changes';
import type { KnownCopy } from './pendingActions';

export interface LocalCopy extends Partial<KnownCopy> {
  token: string;
  /** When the copy came from the server (ms), for "last updated". */
  savedAt?: number;
}

const key = (id: string) => `private-link:${id}`;

/** The saved copy, or at least the token the registration was made with on this phone. */
export async function readLocalCopy(id: string): Promise<LocalCopy | null> {
  const [copy, record] = await Promise.all([
    getMeta<LocalCopy>(key(id)).catch(() => undefined),
    getDeviceRecord(id).catch(() => undefined),
  ]);
  if (copy) return copy;
  return record?.manageToken ? { token: record.manageToken } : null;
}

/**
 * The copy and its token gone: a token kept unverified (opened offline) that the server has
 * since refused, or all of it when the person deletes their data from this phone.
 */
export async function dropLocalCopy(id: string): Promise<void> {
  await deleteMeta(key(id));
}

export async function saveLocalCopy(id: string, copy: LocalCopy): Promise<void> {
  await setMeta(key(id), copy);
}

/**
 * Brings "My registrations" in step with the server's copy; a registration first opened on
 * this phone through its link joins the list once the meeting's title is known.
 */
export async function syncDeviceRecord(
  registration: RegistrationDetails,
  token: string,
  meetingTitle?: MeetingTitle,
): Promise<void> {
  const now = Date.now();
  const ticketToken = registration.ticketToken ?? null; // kept for the ticket offline
  const ticketCode = registration.ticketCode ?? null;
  const existing = await getDeviceRecord(registration.id);
  if (existing) {
    const same =
      existing.status === registration.status &&
      existing.fullName === registration.fullName &&
      existing.manageToken === token &&
      existing.ticketToken === ticketToken &&
      (existing.ticketCode ?? null) === ticketCode;
    if (same) return;
    await updateRegistration(registration.id, (r) => ({
      ...r,
      status: registration.status,
      fullName: registration.fullName,
      manageToken: token,
      ticketToken,
      ticketCode,
      problem: undefined,
      updatedAt: now,
    }));
  } else if (meetingTitle) {
    await putRegistration({
      id: registration.id,
      meetingSlug: registration.meetingSlug,
      meetingTitle,
      fullName: registration.fullName,
      status: registration.status,
      manageToken: token,
      ticketToken,
      ticketCode,
      createdAt: Date.parse(registration.createdAt) || now,
      updatedAt: now,
    });
  } else return;
  announceChange('changed');
}
