// The typeable ticket code an SMS carries, once registrations have one.
import type { RegistrationRow } from '../db/repositories/registrations';
import type { Deps } from '../deps';

export async function ticketCodeForSms(
  _deps: Deps,
  _registration: RegistrationRow,
): Promise<string | null> {
  return null;
}
