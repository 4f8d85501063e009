// Travel and lodging support on the network: the participant's request (read here, written
// through the write queue at `supportUrl`) and the organizers' lists, counts and decisions.
import type { Locale } from '../../shared/enums';
import type { ErrorCode } from '../../shared/errors';
import type { MeetingView, SupportPolicy } from '../../shared/api/meetings';
import type {
  SupportDecisionsAnswer,
  SupportDecisionsInput,
  SupportOverview,
  SupportRequestView,
} from '../../shared/api/support';
import { ApiError, apiRequest } from './http';

export type { SupportDecisionsAnswer, SupportOverview };

/** Where the write queue posts the participant's request. */
export function supportUrl(registrationId: string): string {
  return `/api/registrations/${encodeURIComponent(registrationId)}/support`;
}

/** The request as it stands on the server, or null if the participant never asked. */
export async function getMySupport(
  registrationId: string,
  manageToken: string,
  locale: Locale,
  signal?: AbortSignal,
): Promise<SupportRequestView | null> {
  let response: Response;
  try {
    response = await fetch(supportUrl(registrationId), {
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${manageToken}`,
        'accept-language': locale,
      },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network');
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const code = typeof body?.code === 'string' ? (body.code as ErrorCode) : 'unknown';
    throw new ApiError(response.status, code, String(body?.title ?? response.status));
  }
  return body as SupportRequestView | null;
}

const meetingBase = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}/support`;

export function getSupportOverview(slug: string, signal?: AbortSignal): Promise<SupportOverview> {
  return apiRequest<SupportOverview>(meetingBase(slug), { signal });
}

export function supportExportUrl(
  slug: string,
  list: 'travel' | 'lodging',
  format: 'csv' | 'xlsx',
): string {
  return `${meetingBase(slug)}?list=${list}&format=${format}`;
}

export function postSupportDecisions(
  slug: string,
  input: SupportDecisionsInput,
): Promise<SupportDecisionsAnswer> {
  return apiRequest<SupportDecisionsAnswer>(`${meetingBase(slug)}/decisions`, {
    method: 'POST',
    body: input,
  });
}

/** The policy lives on the meeting: a merge patch of `support` alone. */
export function saveSupportPolicy(slug: string, support: SupportPolicy): Promise<MeetingView> {
  // null removes a budget the organizer cleared (JSON merge patch).
  const body = {
    support: {
      ...support,
      travel: { ...support.travel, seats: support.travel.seats ?? null },
      lodging: {
        ...support.lodging,
        rooms: support.lodging.rooms ?? null,
        nights: support.lodging.nights ?? null,
      },
    },
  };
  return apiRequest<MeetingView>(`/api/meetings/${encodeURIComponent(slug)}`, {
    method: 'PATCH',
    body,
  });
}
