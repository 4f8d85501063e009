// Opening the support screen: what it needs, from the server when it answers, else from this
// phone: the registration (province, status), the meeting (venue, policy) and the request
// already made, kept under `support:<id>` so the page opens offline. The token and the name are
// not copied there: they stay with the registration on this phone (its record or its
// private-link copy, both of which "forget" removes).
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import type { SupportRequestView } from '../../../shared/api/support';
import { ApiError } from '../../api/http';
import { getRegistration } from '../../api/registrations';
import { getMySupport } from '../../api/support';
import { getMeta, setMeta } from '../../store/meta';
import { getRegistration as getDeviceRecord } from '../../store/registrations';
import { loadMeetingOrLastSeen } from '../meetings/loadMeetingOrLastSeen';
import { readLocalCopy, saveLocalCopy } from '../privateLink/localCopy';

export interface RegistrationFacts {
  meetingSlug: string;
  status: string;
  fullName?: string;
  /** Unknown when the page was never opened online (then the person picks it). */
  provinceCode?: string;
}

interface SavedCopy {
  registration: RegistrationFacts;
  request: SupportRequestView | null;
}

export type SupportContext =
  | { kind: 'no-link' }
  | { kind: 'invalid' }
  | { kind: 'offline' }
  | {
      kind: 'ready';
      id: string;
      token: string;
      registration: RegistrationFacts;
      meeting: MeetingView;
      request: SupportRequestView | null;
      fresh: boolean;
    };

const key = (id: string) => `support:${id}`;

async function fromServer(
  id: string,
  token: string,
  locale: Locale,
  signal: AbortSignal,
): Promise<SavedCopy> {
  const [details, request] = await Promise.all([
    getRegistration(id, token, signal, locale),
    getMySupport(id, token, locale, signal),
  ]);
  const registration = {
    meetingSlug: details.meetingSlug,
    status: details.status,
    provinceCode: details.provinceCode,
  };
  await setMeta(key(id), { registration, request }).catch(() => undefined); // the page still works now
  return { registration: { ...registration, fullName: details.fullName }, request };
}

export async function loadSupportScreen(
  id: string,
  hashToken: string | null,
  locale: Locale,
  signal: AbortSignal,
): Promise<SupportContext> {
  const [record, saved, link] = await Promise.all([
    getDeviceRecord(id).catch(() => undefined),
    getMeta<SavedCopy>(key(id)).catch(() => undefined),
    readLocalCopy(id).catch(() => null),
  ]);
  // The link's token is taken out of the address: after a reload it comes from this phone.
  const token = hashToken ?? link?.token ?? record?.manageToken;
  if (!token) return { kind: 'no-link' };

  let copy: SavedCopy | undefined;
  let fresh = false;
  try {
    copy = await fromServer(id, token, locale, signal);
    fresh = true;
    // Kept with the registration's private-link copy, so "forget on this phone" removes it.
    if (link?.token !== token) await saveLocalCopy(id, { token }).catch(() => undefined);
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof ApiError && (error.status === 401 || error.status === 404))
      return { kind: 'invalid' };
    const fromRecord = record && { meetingSlug: record.meetingSlug, status: record.status };
    copy = saved ?? (fromRecord ? { registration: fromRecord, request: null } : undefined);
  }
  if (!copy) return { kind: 'offline' };

  const meeting = await loadMeetingOrLastSeen(copy.registration.meetingSlug, signal);
  if (meeting.kind === 'not-found') return { kind: 'invalid' };
  if (meeting.kind === 'offline') return { kind: 'offline' };
  return {
    kind: 'ready',
    id,
    token,
    registration: {
      ...copy.registration,
      fullName: copy.registration.fullName ?? record?.fullName,
    },
    meeting: meeting.meeting,
    request: copy.request,
    fresh: fresh && meeting.kind === 'fresh',
  };
}
