// The organizer's side of registrations: the list (filtered, searched), its export addresses,
// and decisions on many at once. Personal data: network only, never cached on the device.
import type {
  DecisionsAnswer,
  DecisionsInput,
  RegistrationView,
} from '../../shared/api/registrations';
import { apiRequest } from './http';

/** The list's filters as the API names them; an empty value means "all". */
export interface RegistrationQuery {
  status?: string;
  source?: string;
  workshop?: string;
  q?: string;
}

export type DecisionStatus = DecisionsInput['decisions'][number]['status'];
export type ExportFormat = 'csv' | 'xlsx';

const registrationsOf = (slug: string) => `/api/meetings/${encodeURIComponent(slug)}/registrations`;

/** The list's address with its filters; with a format, the address of the file download. */
export function registrationsUrl(
  slug: string,
  query: RegistrationQuery = {},
  format?: ExportFormat,
): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'source', 'workshop', 'q'] as const) {
    const value = query[key]?.trim();
    if (value) params.set(key, value);
  }
  if (format) params.set('format', format);
  const search = params.toString();
  return search ? `${registrationsOf(slug)}?${search}` : registrationsOf(slug);
}

export function listRegistrations(
  slug: string,
  query: RegistrationQuery,
  signal?: AbortSignal,
): Promise<RegistrationView[]> {
  return apiRequest<RegistrationView[]>(registrationsUrl(slug, query), { signal });
}

/** All or nothing: a 409 capacity-exceeded (ApiError) means not one status changed. */
export function decideRegistrations(
  slug: string,
  decisions: DecisionsInput['decisions'],
): Promise<DecisionsAnswer> {
  const body: DecisionsInput = { decisions };
  return apiRequest<DecisionsAnswer>(`${registrationsOf(slug)}/decisions`, {
    method: 'POST',
    body,
  });
}
