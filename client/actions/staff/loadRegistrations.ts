// Open a meeting's registrations for its organizers, searched and filtered. Personal data:
// read from the network each time, never kept on the device.
import type { RegistrationView } from '../../../shared/api/registrations';
import { listRegistrations, type RegistrationQuery } from '../../api/staffRegistrations';

export type { RegistrationQuery };

export function loadRegistrations(
  slug: string,
  query: RegistrationQuery,
  signal?: AbortSignal,
): Promise<RegistrationView[]> {
  return listRegistrations(slug, query, signal);
}
