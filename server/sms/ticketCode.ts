// The typeable ticket code an SMS carries: derived again from the registration, like the
// confirmation e-mail's (only its hash is stored).
import { ticketCodeOf } from '../auth/ticketCodes';
import type { RegistrationRow } from '../db/repositories/registrations';
import type { Deps } from '../deps';

export function ticketCodeForSms(
  deps: Deps,
  registration: RegistrationRow,
): Promise<string | null> {
  return ticketCodeOf(deps, registration);
}
