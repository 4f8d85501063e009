// Export the registrations list as a file, with the same search and filters as on screen: the
// address of a plain download link (the browser sends the session cookie).
import {
  registrationsUrl,
  type ExportFormat,
  type RegistrationQuery,
} from '../../api/staffRegistrations';

export function registrationsFileUrl(
  slug: string,
  query: RegistrationQuery,
  format: ExportFormat,
): string {
  return registrationsUrl(slug, query, format);
}
