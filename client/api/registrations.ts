// Network reads for the participant's own registrations, and the addresses of their writes
// (writes go through the write queue, which sends them with the headers built here).
import type {
  RecoverAnswer,
  RecoverRequest,
  RegistrationDetails,
} from '../../shared/api/registrations';
import type { Locale } from '../../shared/enums';
import type { ErrorCode, FieldError } from '../../shared/errors';
import { ApiError, apiRequest } from './http';

/** `POST` here registers for the meeting (from the write queue: the form, the desk's walk-ins). */
export function registrationUrl(slug: string): string {
  return `/api/meetings/${encodeURIComponent(slug)}/registrations`;
}

/** `PATCH` here changes the registration; `GET` reads it. */
export function privateLinkUrl(id: string): string {
  return `/api/registrations/${encodeURIComponent(id)}`;
}

export function cancelUrl(id: string): string {
  return `${privateLinkUrl(id)}/cancel`;
}

/**
 * A private link opened on this phone: the registration, the token after `#` (the API's
 * `manageToken`) and the language its answers are worded in.
 */
export interface PrivateLinkAccess {
  id: string;
  token: string;
  locale: Locale;
}

/**
 * The private link's token travels in a header, never in the URL (which ends up in logs); the
 * language header makes the server word a refusal in the person's language.
 */
export function privateLinkHeaders(manageToken: string, locale: Locale): Record<string, string> {
  return { authorization: `Bearer ${manageToken}`, 'accept-language': locale };
}

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is FieldError =>
      typeof e === 'object' &&
      e !== null &&
      typeof e.path === 'string' &&
      typeof e.message === 'string',
  );
}

/**
 * `apiRequest` has no way to pass an Authorization header yet: hence this one direct fetch.
 * Another participant's token answers 404, no token 401: both mean "this link is not valid".
 */
export async function getRegistration(
  id: string,
  manageToken: string,
  signal?: AbortSignal,
  locale?: Locale,
): Promise<RegistrationDetails> {
  let response: Response;
  try {
    response = await fetch(privateLinkUrl(id), {
      headers: {
        accept: 'application/json',
        ...(locale
          ? privateLinkHeaders(manageToken, locale)
          : { authorization: `Bearer ${manageToken}` }),
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
    const title = typeof body?.title === 'string' ? body.title : String(response.status);
    const detail = typeof body?.detail === 'string' ? body.detail : undefined;
    throw new ApiError(response.status, code, title, fieldErrorsOf(body?.errors), detail);
  }
  return body as unknown as RegistrationDetails;
}

/** "Send my link again": 202 whoever registered, so there is nothing to read in the answer. */
export async function requestLinkAgain(slug: string, contact: RecoverRequest): Promise<void> {
  await apiRequest<RecoverAnswer>(
    `/api/meetings/${encodeURIComponent(slug)}/registrations/recover`,
    {
      method: 'POST',
      body: contact,
    },
  );
}

/**
 * "Erase my data": the server forgets the person for good. Not queued for later like other
 * writes: erasure is said done only when the server has done it. A link already erased (or
 * not valid) answers 404, which means the same to the person: nothing is left.
 */
export async function eraseRegistration(
  id: string,
  manageToken: string,
  locale: Locale,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(privateLinkUrl(id), {
      method: 'DELETE',
      headers: { accept: 'application/json', ...privateLinkHeaders(manageToken, locale) },
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network');
  }
  if (response.ok || response.status === 404) return;
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const code = typeof body?.code === 'string' ? (body.code as ErrorCode) : 'unknown';
  throw new ApiError(response.status, code, typeof body?.title === 'string' ? body.title : '');
}
