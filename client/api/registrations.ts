// Network reads for the participant's own registrations (writes go through the outbox).
import type { RegistrationStatus } from '../../shared/enums';
import type { ErrorCode } from '../../shared/errors';
import { ApiError } from './http';

/** The registration as `GET /api/registrations/:id` returns it to its owner. */
export interface RegistrationRecord {
  id: string;
  status: RegistrationStatus;
  fullName?: string;
  workshopId?: string | null;
}

/**
 * `apiRequest` has no way to pass an Authorization header yet, and the manage token must
 * travel in one (never in the URL, which ends up in logs): hence this one direct fetch.
 */
export async function getRegistration(
  id: string,
  manageToken: string,
  signal?: AbortSignal,
): Promise<RegistrationRecord> {
  let response: Response;
  try {
    response = await fetch(`/api/registrations/${encodeURIComponent(id)}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${manageToken}` },
      credentials: 'same-origin',
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
    throw new ApiError(response.status, code, title);
  }
  return body as unknown as RegistrationRecord;
}
